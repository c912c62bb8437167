// Classic mistake: a step limit one too small; a loop-free list of exactly 10^4 nodes reaches
// the limit and is reported as a loop.
class Solution {
public:
    bool hasCycle(ListNode *head) {
        int steps = 0;
        for (ListNode* p = head; p; p = p->next)
            if (++steps >= 10000) return true;
        return false;
    }
};
