// Recursive clone with memoization: clone(node) copies the node, then clones next and random (depth <= 1000).
class Solution {
    unordered_map<Node*, Node*> seen;
    Node* clone(Node* p) {
        if (!p) return nullptr;
        auto it = seen.find(p);
        if (it != seen.end()) return it->second;
        Node* c = new Node(p->val);
        seen[p] = c;
        c->next = clone(p->next);
        c->random = clone(p->random);
        return c;
    }
public:
    Node* copyRandomList(Node* head) {
        seen.clear();
        return clone(head);
    }
};
