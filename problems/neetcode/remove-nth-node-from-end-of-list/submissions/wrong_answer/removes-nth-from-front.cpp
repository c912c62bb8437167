// Classic misreading: removes the n-th node counted from the front instead of from the end.
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        if (n == 1) return head->next;
        ListNode* before = head;
        for (int i = 1; i < n - 1; ++i) before = before->next;
        before->next = before->next->next;
        return head;
    }
};
