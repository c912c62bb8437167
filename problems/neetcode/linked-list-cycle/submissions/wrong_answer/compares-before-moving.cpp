// Classic mistake: Floyd's loop tests slow == fast before moving them, and both start at head,
// so every non-empty list is reported as looping.
class Solution {
public:
    bool hasCycle(ListNode *head) {
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast && fast->next) {
            if (slow == fast) return true;
            slow = slow->next;
            fast = fast->next->next;
        }
        return false;
    }
};
