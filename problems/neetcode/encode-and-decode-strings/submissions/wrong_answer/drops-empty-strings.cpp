// Classic mistake: splits on a separator byte (0x1e) and skips empty pieces, so empty strings vanish.
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (const string& s : strs) out += s + '\x1e';
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        string cur;
        for (char c : s) {
            if (c != '\x1e') { cur += c; continue; }
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        }
        return out;
    }
};
