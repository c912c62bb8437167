class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        // `before` is the node just ahead of the current group (a dummy at first).
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (;;) {
            ListNode* last = before;
            for (int i = 0; i < k && last; ++i) last = last->next;
            if (!last) break;  // fewer than k nodes remain: leave them as they are
            ListNode* after = last->next;
            ListNode* first = before->next;
            // Reverse first..last, pointing the group's old first node at `after`.
            ListNode* prev = after;
            ListNode* cur = first;
            while (cur != after) {
                ListNode* next = cur->next;
                cur->next = prev;
                prev = cur;
                cur = next;
            }
            before->next = last;
            before = first;
        }
        return dummy.next;
    }
};
