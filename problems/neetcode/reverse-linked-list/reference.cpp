class Solution {
public:
    ListNode *reverseList(ListNode *head) {
        // Iterative: point each node back at its predecessor.
        ListNode* prev = nullptr;
        while (head) {
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
};
