// Classic mistake: ends every string with a '\0' byte, assuming text never contains one.
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (const string& s : strs) {
            out += s;
            out += '\0';
        }
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        string cur;
        for (char c : s) {
            if (c == '\0') out.push_back(cur), cur.clear();
            else cur += c;
        }
        return out;
    }
};
