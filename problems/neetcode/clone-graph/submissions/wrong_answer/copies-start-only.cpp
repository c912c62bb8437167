// Classic mistake: a shallow copy: a new start node whose neighbour list still points at the original nodes.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        return new Node(node->val, node->neighbors);
    }
};
