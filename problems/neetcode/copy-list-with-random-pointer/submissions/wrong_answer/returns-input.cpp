// Classic mistake: a shallow "copy" that hands back the original list.
class Solution {
public:
    Node* copyRandomList(Node* head) {
        return head;
    }
};
