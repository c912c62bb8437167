// Two passes with a hash map from each original node to its copy.
class Solution {
public:
    Node* copyRandomList(Node* head) {
        unordered_map<Node*, Node*> copy;
        copy[nullptr] = nullptr;
        for (Node* p = head; p; p = p->next) copy[p] = new Node(p->val);
        for (Node* p = head; p; p = p->next) {
            copy[p]->next = copy[p->next];
            copy[p]->random = copy[p->random];
        }
        return copy[head];
    }
};
