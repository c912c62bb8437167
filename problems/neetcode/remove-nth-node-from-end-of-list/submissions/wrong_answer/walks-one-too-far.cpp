// Classic off-by-one: walks sz - n steps instead of sz - n - 1, so it stops on the target itself
// and unlinks the node after it (and nothing at all when n = 1).
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        int sz = 0;
        for (ListNode* p = head; p; p = p->next) ++sz;
        if (n == sz) return head->next;
        ListNode* before = head;
        for (int i = 0; i < sz - n; ++i) before = before->next;
        if (before->next) before->next = before->next->next;
        return head;
    }
};
