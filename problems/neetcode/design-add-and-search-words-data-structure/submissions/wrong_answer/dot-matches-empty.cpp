// Classic mistake: treats '.' like a regex wildcard that may also match nothing, so "ab." finds "ab".
class WordDictionary {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    Node* root = new Node();

    bool match(const string& w, size_t i, Node* n) {
        if (i == w.size()) return n->end;
        if (w[i] != '.') return n->child[w[i] - 'a'] && match(w, i + 1, n->child[w[i] - 'a']);
        if (match(w, i + 1, n)) return true;  // the dot skipped
        for (Node* c : n->child) if (c && match(w, i + 1, c)) return true;
        return false;
    }

public:
    WordDictionary() {}

    void addWord(string word) {
        Node* cur = root;
        for (char ch : word) {
            if (!cur->child[ch - 'a']) cur->child[ch - 'a'] = new Node();
            cur = cur->child[ch - 'a'];
        }
        cur->end = true;
    }

    bool search(string word) { return match(word, 0, root); }
};
