// Classic mistake: walks the trie without backtracking; a dot just follows the first existing child.
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
        Node* cur = root;
        for (char ch : word) {
            Node* nx = nullptr;
            if (ch == '.') {
                for (Node* c : cur->child) if (c) { nx = c; break; }
            } else nx = cur->child[ch - 'a'];
            if (!nx) return false;
            cur = nx;
        }
        return cur->end;
    }
};
