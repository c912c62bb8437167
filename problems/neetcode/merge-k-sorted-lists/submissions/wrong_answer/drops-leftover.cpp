// Classic mistake: the two-list merge stops when one list ends and forgets to append the rest of the other.
class Solution {
    ListNode* mergeTwo(ListNode* a, ListNode* b) {
        if (!a) return b;
        if (!b) return a;
        ListNode dummy;
        ListNode* t = &dummy;
        while (a && b) {
            if (a->val <= b->val) t->next = a, a = a->next;
            else t->next = b, b = b->next;
            t = t->next;
        }
        t->next = nullptr;
        return dummy.next;
    }
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        ListNode* result = nullptr;
        for (ListNode* l : lists) result = mergeTwo(result, l);
        return result;
    }
};
