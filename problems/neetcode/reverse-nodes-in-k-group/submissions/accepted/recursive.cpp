// Recursive: check that k nodes exist, solve the rest of the list first, then reverse this
// block onto the already-solved rest.
class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode* cur = head;
        for (int i = 0; i < k; ++i) {
            if (!cur) return head;
            cur = cur->next;
        }
        ListNode* prev = reverseKGroup(cur, k);
        ListNode* node = head;
        for (int i = 0; i < k; ++i) {
            ListNode* next = node->next;
            node->next = prev;
            prev = node;
            node = next;
        }
        return prev;
    }
};
