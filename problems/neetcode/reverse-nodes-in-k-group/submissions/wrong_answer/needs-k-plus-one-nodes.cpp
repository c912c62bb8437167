// Classic off-by-one: the "enough nodes left?" check demands a node after the block, so a last
// block that ends exactly at the end of the list is left unreversed.
class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (;;) {
            ListNode* last = before;
            for (int i = 0; i < k && last; ++i) last = last->next;
            if (!last || !last->next) break;
            ListNode* after = last->next;
            ListNode* first = before->next;
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
