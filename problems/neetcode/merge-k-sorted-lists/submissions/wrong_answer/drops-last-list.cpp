// Classic mistake: off-by-one loop bound (i < k - 1) never merges the last list.
class Solution {
    ListNode* mergeTwo(ListNode* a, ListNode* b) {
        ListNode dummy;
        ListNode* t = &dummy;
        while (a && b) {
            if (a->val <= b->val) t->next = a, a = a->next;
            else t->next = b, b = b->next;
            t = t->next;
        }
        t->next = a ? a : b;
        return dummy.next;
    }
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        ListNode* result = nullptr;
        for (int i = 0; i < (int)lists.size() - 1; ++i) result = mergeTwo(result, lists[i]);
        return result;
    }
};
