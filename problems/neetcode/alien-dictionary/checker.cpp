// Alien Dictionary checker. From the input it derives the letters present, the constraints
// (first difference of each neighbouring pair) and whether any order exists (no word before
// its own proper prefix, no cycle). The output must be "" exactly when no order exists;
// otherwise it must hold every present letter exactly once, no other character, and put
// each constrained letter before the other one.
int main(int argc, char** argv) {
    using judge_rt::Value;
    return judge_rt::run_checker(argc, argv, [](const vector<Value>& input, const Value& expected,
                                                const Value& got) -> string {
        if (input.size() != 1 || input[0].kind != Value::Kind::List) return "checker: the test input is not (words)";
        if (expected.kind != Value::Kind::String) return "checker: the expected answer is not a string";
        if (got.kind != Value::Kind::String) return "the output is not a string";
        vector<string> words;
        for (const Value& v : input[0].items) {
            if (v.kind != Value::Kind::String) return "checker: a word in the test input is not a string";
            words.push_back(v.string);
        }
        bool present[26] = {}, edge[26][26] = {};
        string why[26][26];
        for (const string& w : words)
            for (char c : w) {
                if (c < 'a' || c > 'z') return "checker: a word in the test input has a non-letter";
                present[c - 'a'] = true;
            }
        string impossible;  // why no order exists, empty if one does
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string &a = words[i], &b = words[i + 1];
            size_t k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
            if (k == a.size() || k == b.size()) {
                if (a.size() > b.size() && impossible.empty())
                    impossible = "\"" + b + "\" is a proper prefix of \"" + a + "\" but comes after it (words " +
                                 to_string(i) + " and " + to_string(i + 1) + ")";
                continue;
            }
            int u = a[k] - 'a', v = b[k] - 'a';
            if (!edge[u][v]) {
                edge[u][v] = true;
                why[u][v] = "words " + to_string(i) + " and " + to_string(i + 1) + " (\"" + a + "\", \"" + b + "\")";
            }
        }
        if (impossible.empty()) {  // cycle check: repeatedly remove letters without incoming edges
            int indeg[26] = {}, left = 0;
            for (int u = 0; u < 26; ++u)
                for (int v = 0; v < 26; ++v) indeg[v] += edge[u][v];
            vector<int> q;
            for (int c = 0; c < 26; ++c) {
                if (present[c]) ++left;
                if (present[c] && indeg[c] == 0) q.push_back(c);
            }
            while (!q.empty()) {
                int u = q.back();
                q.pop_back();
                --left;
                for (int v = 0; v < 26; ++v)
                    if (edge[u][v] && --indeg[v] == 0) q.push_back(v);
            }
            if (left > 0) impossible = "the letter constraints form a cycle";
        }
        if (expected.string.empty() != !impossible.empty())
            return "checker: the expected answer disagrees with the checker about whether an order exists";
        const string& s = got.string;
        if (!impossible.empty()) {
            if (!s.empty()) return "no order exists (" + impossible + "), so the answer is \"\", but the output is \"" + s + "\"";
            return "";
        }
        if (s.empty()) return "an order exists, but the output is \"\"";
        int pos[26];
        fill(pos, pos + 26, -1);
        for (size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (c < 'a' || c > 'z') return "output character " + to_string(i) + " is not a lowercase letter";
            if (!present[c - 'a']) return string("the output has '") + c + "', which occurs in no word";
            if (pos[c - 'a'] >= 0) return string("the output has '") + c + "' twice";
            pos[c - 'a'] = i;
        }
        for (int c = 0; c < 26; ++c)
            if (present[c] && pos[c] < 0) return string("the output misses the letter '") + char('a' + c) + "'";
        for (int u = 0; u < 26; ++u)
            for (int v = 0; v < 26; ++v)
                if (edge[u][v] && pos[u] > pos[v])
                    return string("'") + char('a' + u) + "' must come before '" + char('a' + v) + "' because of " + why[u][v];
        return "";
    });
}
