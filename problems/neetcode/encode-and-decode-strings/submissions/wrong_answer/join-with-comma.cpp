// Classic mistake: joins with ',' and splits on ','; commas inside strings split them, and [""] comes back as [].
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (size_t i = 0; i < strs.size(); ++i) {
            if (i) out += ',';
            out += strs[i];
        }
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        if (s.empty()) return out;
        string cur;
        for (char c : s) {
            if (c == ',') out.push_back(cur), cur.clear();
            else cur += c;
        }
        out.push_back(cur);
        return out;
    }
};
