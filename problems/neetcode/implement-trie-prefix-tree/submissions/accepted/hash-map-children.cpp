// Trie whose nodes keep their children in an unordered_map keyed by letter.
class Trie {
    struct Node {
        unordered_map<char, Node*> child;
        bool end = false;
    };
    Node root;

    const Node* find(const string& s) const {
        const Node* node = &root;
        for (char ch : s) {
            auto it = node->child.find(ch);
            if (it == node->child.end()) return nullptr;
            node = it->second;
        }
        return node;
    }
public:
    Trie() {}

    void insert(string word) {
        Node* node = &root;
        for (char ch : word) {
            Node*& next = node->child[ch];
            if (!next) next = new Node();
            node = next;
        }
        node->end = true;
    }

    bool search(string word) {
        const Node* node = find(word);
        return node && node->end;
    }

    bool startsWith(string prefix) {
        return find(prefix) != nullptr;
    }
};
