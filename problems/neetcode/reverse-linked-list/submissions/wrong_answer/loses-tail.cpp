// Classic mistake: the loop stops at the last node (cur->next), so the old tail is never linked in.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head) return nullptr;
        ListNode* prev = nullptr;
        ListNode* cur = head;
        while (cur->next) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        return prev ? prev : cur;
    }
};
