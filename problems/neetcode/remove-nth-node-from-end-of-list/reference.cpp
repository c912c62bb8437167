class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        // One pass: `lead` runs n + 1 steps ahead of `trail`, both starting at a dummy node,
        // so when `lead` falls off the end, `trail` is just before the node to remove.
        ListNode dummy(0, head);
        ListNode* lead = &dummy;
        ListNode* trail = &dummy;
        for (int i = 0; i <= n; ++i) lead = lead->next;
        while (lead) {
            lead = lead->next;
            trail = trail->next;
        }
        trail->next = trail->next->next;
        return dummy.next;
    }
};
