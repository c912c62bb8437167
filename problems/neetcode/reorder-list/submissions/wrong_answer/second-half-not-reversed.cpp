// Classic mistake: splits at the middle but interleaves the second half in its original order.
class Solution {
public:
    void reorderList(ListNode* head) {
        if (!head || !head->next) return;
        ListNode* slow = head;
        ListNode* fast = head->next;
        while (fast && fast->next) slow = slow->next, fast = fast->next->next;
        ListNode* second = slow->next;
        slow->next = nullptr;
        ListNode* first = head;
        while (second) {
            ListNode* n1 = first->next;
            ListNode* n2 = second->next;
            first->next = second;
            second->next = n1;
            first = n1;
            second = n2;
        }
    }
};
