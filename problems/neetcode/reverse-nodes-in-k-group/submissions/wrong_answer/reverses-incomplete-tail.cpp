// Classic mistake: reverses every block, including the last one when it has fewer than k nodes.
class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        while (before->next) {
            ListNode* first = before->next;
            ListNode* prev = nullptr;
            ListNode* cur = first;
            for (int i = 0; i < k && cur; ++i) {
                ListNode* next = cur->next;
                cur->next = prev;
                prev = cur;
                cur = next;
            }
            before->next = prev;
            first->next = cur;
            before = first;
        }
        return dummy.next;
    }
};
