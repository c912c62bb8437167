// Classic mistake: finds a random target's copy by its value, which picks the wrong node when values repeat.
class Solution {
public:
    Node* copyRandomList(Node* head) {
        unordered_map<int, Node*> byValue;
        Node dummy(0);
        Node* tail = &dummy;
        for (Node* p = head; p; p = p->next) {
            tail->next = new Node(p->val);
            tail = tail->next;
            if (!byValue.count(p->val)) byValue[p->val] = tail;
        }
        Node* c = dummy.next;
        for (Node* p = head; p; p = p->next, c = c->next)
            c->random = p->random ? byValue[p->random->val] : nullptr;
        return dummy.next;
    }
};
