// Escaping: '#' is doubled inside a string and "#;" ends each string.
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (const string& s : strs) {
            for (char c : s) {
                out += c;
                if (c == '#') out += '#';
            }
            out += "#;";
        }
        return out;
    }

    vector<string> decode(string s) {
        vector<string> out;
        string cur;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] != '#') { cur += s[i]; continue; }
            ++i;  // s[i] is now '#' (an escaped '#') or ';' (end of string)
            if (s[i] == '#') cur += '#';
            else out.push_back(cur), cur.clear();
        }
        return out;
    }
};
