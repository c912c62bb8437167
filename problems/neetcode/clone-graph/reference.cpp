class Solution {
public:
    Node* cloneGraph(Node* node) {
        // DFS with an original -> copy map; the copy exists before its neighbours are visited.
        if (!node) return nullptr;
        unordered_map<Node*, Node*> copies;
        return clone(node, copies);
    }

private:
    Node* clone(Node* node, unordered_map<Node*, Node*>& copies) {
        auto it = copies.find(node);
        if (it != copies.end()) return it->second;
        Node* copy = new Node(node->val);
        copies[node] = copy;
        copy->neighbors.reserve(node->neighbors.size());
        for (Node* next : node->neighbors) copy->neighbors.push_back(clone(next, copies));
        return copy;
    }
};
