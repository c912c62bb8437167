// Classic mistake: two pointers without a dummy node; when n equals the length the head
// should go, but the code gives up and returns the list unchanged.
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        ListNode* lead = head;
        for (int i = 0; i < n; ++i) lead = lead->next;
        if (!lead) return head;
        ListNode* trail = head;
        while (lead->next) {
            lead = lead->next;
            trail = trail->next;
        }
        trail->next = trail->next->next;
        return head;
    }
};
