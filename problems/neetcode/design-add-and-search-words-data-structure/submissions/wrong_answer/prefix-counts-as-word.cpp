// Classic mistake: reaching the end of the query anywhere in the trie returns true, so prefixes of words match.
class WordDictionary {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    Node* root = new Node();

    bool match(const string& w, size_t i, Node* n) {
        if (i == w.size()) return true;  // should be n->end
        if (w[i] != '.') return n->child[w[i] - 'a'] && match(w, i + 1, n->child[w[i] - 'a']);
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
