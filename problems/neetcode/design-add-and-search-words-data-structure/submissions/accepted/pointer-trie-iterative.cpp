// Pointer-based trie; the search keeps the set of nodes reachable after each character (breadth-first).
class WordDictionary {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    Node* root = new Node();

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

    bool search(string word) {
        vector<Node*> level{root}, nextLevel;
        for (char ch : word) {
            nextLevel.clear();
            for (Node* n : level) {
                if (ch == '.') {
                    for (Node* c : n->child) if (c) nextLevel.push_back(c);
                } else if (n->child[ch - 'a']) nextLevel.push_back(n->child[ch - 'a']);
            }
            swap(level, nextLevel);
            if (level.empty()) return false;
        }
        for (Node* n : level) if (n->end) return true;
        return false;
    }
};
