// Classic mistake: two-pointer rewrite with while (i < j) that never places the middle element of an odd-length list.
class Solution {
public:
    void reorderList(ListNode* head) {
        vector<int> vals;
        for (ListNode* p = head; p; p = p->next) vals.push_back(p->val);
        int i = 0, j = (int)vals.size() - 1;
        ListNode* p = head;
        while (i < j) {
            p->val = vals[i++];
            p = p->next;
            p->val = vals[j--];
            p = p->next;
        }
    }
};
