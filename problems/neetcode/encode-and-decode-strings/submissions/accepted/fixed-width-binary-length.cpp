// Each string is preceded by its length as 4 raw bytes (big-endian), no separator needed.
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (const string& s : strs) {
            uint32_t n = s.size();
            for (int shift = 24; shift >= 0; shift -= 8) out += (char)((n >> shift) & 0xFF);
            out += s;
        }
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        size_t i = 0;
        while (i < s.size()) {
            uint32_t n = 0;
            for (int k = 0; k < 4; ++k) n = (n << 8) | (unsigned char)s[i++];
            out.push_back(s.substr(i, n));
            i += n;
        }
        return out;
    }
};
