// Two passes: count the nodes, then walk to the one before position sz - n from the front.
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        int sz = 0;
        for (ListNode* p = head; p; p = p->next) ++sz;
        if (n == sz) return head->next;
        ListNode* before = head;
        for (int i = 1; i < sz - n; ++i) before = before->next;
        before->next = before->next->next;
        return head;
    }
};
