// Classic mistake: recursion that forgets to clear head->next, leaving a 2-cycle at the end.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head || !head->next) return head;
        ListNode* newHead = reverseList(head->next);
        head->next->next = head;
        return newHead;
    }
};
