class WordDictionary {
    // Trie over 'a'..'z'; nodes live in a vector, child index 0 means "none".
    struct Node {
        int next[26];
        bool end = false;
        Node() { fill(next, next + 26, 0); }
    };
    vector<Node> t;

    bool match(const string& w, size_t i, int node) const {
        if (i == w.size()) return t[node].end;
        if (w[i] != '.') {
            int nx = t[node].next[w[i] - 'a'];
            return nx && match(w, i + 1, nx);
        }
        for (int c = 0; c < 26; ++c)  // a dot stands for exactly one letter
            if (t[node].next[c] && match(w, i + 1, t[node].next[c])) return true;
        return false;
    }

public:
    WordDictionary() : t(1) {}

    void addWord(string word) {
        int node = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (!t[node].next[c]) {
                t[node].next[c] = t.size();
                t.emplace_back();
            }
            node = t[node].next[c];
        }
        t[node].end = true;
    }

    bool search(string word) { return match(word, 0, 0); }
};
