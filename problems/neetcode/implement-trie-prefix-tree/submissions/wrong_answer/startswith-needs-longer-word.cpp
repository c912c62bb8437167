// Classic mistake: startsWith wants the path to continue past the prefix, so a whole stored word is not a prefix of itself.
class Trie {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    Node* root = new Node();

    Node* find(const string& s) {
        Node* node = root;
        for (char ch : s) {
            node = node->child[ch - 'a'];
            if (!node) return nullptr;
        }
        return node;
    }
public:
    Trie() {}

    void insert(string word) {
        Node* node = root;
        for (char ch : word) {
            Node*& next = node->child[ch - 'a'];
            if (!next) next = new Node();
            node = next;
        }
        node->end = true;
    }

    bool search(string word) {
        Node* node = find(word);
        return node && node->end;
    }

    bool startsWith(string prefix) {
        Node* node = find(prefix);
        if (!node) return false;
        for (Node* c : node->child)
            if (c) return true;
        return false;
    }
};
