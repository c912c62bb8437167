class Solution {
public:
    bool hasCycle(ListNode *head) {
        // Floyd: the fast pointer takes two steps per step of the slow one; they meet iff there is a loop.
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast && fast->next) {
            slow = slow->next;
            fast = fast->next->next;
            if (slow == fast) return true;
        }
        return false;
    }
};
