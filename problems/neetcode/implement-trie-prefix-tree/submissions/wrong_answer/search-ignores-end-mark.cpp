// Classic mistake: search only checks that the path exists, so the beginning of a stored word counts as a word.
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
        return find(word) != nullptr;
    }

    bool startsWith(string prefix) {
        return find(prefix) != nullptr;
    }
};
