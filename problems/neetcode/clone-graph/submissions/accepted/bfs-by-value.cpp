// BFS with an array of copies indexed by value (values are 1..100).
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        vector<Node*> copy(101, nullptr);
        copy[node->val] = new Node(node->val);
        queue<Node*> q;
        q.push(node);
        while (!q.empty()) {
            Node* cur = q.front();
            q.pop();
            for (Node* next : cur->neighbors) {
                if (!copy[next->val]) {
                    copy[next->val] = new Node(next->val);
                    q.push(next);
                }
                copy[cur->val]->neighbors.push_back(copy[next->val]);
            }
        }
        return copy[node->val];
    }
};
