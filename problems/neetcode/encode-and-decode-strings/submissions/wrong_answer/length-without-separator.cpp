// Classic mistake: writes the length right before the string with no separator, so a string starting with a digit is misread.
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (const string& s : strs) out += to_string(s.size()) + s;
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        size_t i = 0;
        while (i < s.size()) {
            size_t len = 0, digits = 0;
            while (i < s.size() && isdigit((unsigned char)s[i]) && digits < 6) len = len * 10 + (s[i++] - '0'), ++digits;
            out.push_back(s.substr(i, min(len, s.size() - i)));
            i += min(len, s.size() - i);
            if (len == 0 && digits == 0) ++i;  // never loop forever on a malformed string
        }
        return out;
    }
};
