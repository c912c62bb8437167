// Classic mistake: no end-of-word mark; a word is taken to end where the path has no children,
// so a stored word that is also the beginning of a longer one is not found.
class Trie {
    struct Node {
        Node* child[26] = {};
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
    }

    bool search(string word) {
        Node* node = find(word);
        if (!node) return false;
        for (Node* c : node->child)
            if (c) return false;
        return true;
    }

    bool startsWith(string prefix) {
        return find(prefix) != nullptr;
    }
};
