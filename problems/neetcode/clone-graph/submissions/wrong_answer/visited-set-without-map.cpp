// Classic mistake: remembers which originals were visited but not their copies, so an
// edge back to a visited node gets a fresh, empty duplicate instead of the existing copy.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        unordered_set<Node*> visited;
        return clone(node, visited);
    }

private:
    Node* clone(Node* node, unordered_set<Node*>& visited) {
        Node* copy = new Node(node->val);
        if (!visited.insert(node).second) return copy;
        for (Node* next : node->neighbors) copy->neighbors.push_back(clone(next, visited));
        return copy;
    }
};
