// Classic mistake: remembers values instead of nodes, so any repeated value looks like a loop.
class Solution {
public:
    bool hasCycle(ListNode *head) {
        unordered_set<int> seen;
        for (ListNode* p = head; p; p = p->next)
            if (!seen.insert(p->val).second) return true;
        return false;
    }
};
