// Classic mistake: collects the edges into ordered sets and rebuilds from them,
// which loses each node's original neighbour order.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        map<int, set<int>> adj;
        unordered_set<Node*> seen{node};
        vector<Node*> stack{node};
        while (!stack.empty()) {
            Node* cur = stack.back();
            stack.pop_back();
            adj[cur->val];
            for (Node* next : cur->neighbors) {
                adj[cur->val].insert(next->val);
                if (seen.insert(next).second) stack.push_back(next);
            }
        }
        unordered_map<int, Node*> copy;
        for (auto& [v, _] : adj) copy[v] = new Node(v);
        for (auto& [v, ns] : adj)
            for (int w : ns) copy[v]->neighbors.push_back(copy[w]);
        return copy[node->val];
    }
};
