// Classic mistake: alternates starting from the back half (Ln, L0, Ln-1, L1, ...) instead of the front.
class Solution {
public:
    void reorderList(ListNode* head) {
        vector<int> vals;
        for (ListNode* p = head; p; p = p->next) vals.push_back(p->val);
        int i = 0, j = (int)vals.size() - 1;
        ListNode* p = head;
        while (i <= j) {
            p->val = vals[j--];
            p = p->next;
            if (i <= j) { p->val = vals[i++]; p = p->next; }
        }
    }
};
