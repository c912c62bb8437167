// Classic mistake: copies values and next links only; every random pointer of the copy stays null.
class Solution {
public:
    Node* copyRandomList(Node* head) {
        Node dummy(0);
        Node* tail = &dummy;
        for (Node* p = head; p; p = p->next) {
            tail->next = new Node(p->val);
            tail = tail->next;
        }
        return dummy.next;
    }
};
