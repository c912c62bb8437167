/*
// Definition for a Node.
class Node {
public:
    int val;
    Node* next;
    Node* random;
};
*/
class Solution {
public:
    Node* copyRandomList(Node* head) {
        // 1. Weave: A -> A' -> B -> B' -> ...
        for (Node* p = head; p; p = p->next->next) {
            Node* c = new Node(p->val);
            c->next = p->next;
            p->next = c;
        }
        // 2. The copy's random is the node after the original's random.
        for (Node* p = head; p; p = p->next->next)
            p->next->random = p->random ? p->random->next : nullptr;
        // 3. Unweave, restoring the original list.
        Node dummy(0);
        Node* tail = &dummy;
        for (Node* p = head; p; p = p->next) {
            Node* c = p->next;
            p->next = c->next;
            tail->next = c;
            tail = c;
        }
        return dummy.next;
    }
};
