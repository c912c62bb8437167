// Writes the sum into the longer list's nodes, appending one node only for a final carry.
class Solution {
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        int len1 = 0, len2 = 0;
        for (ListNode* p = l1; p; p = p->next) ++len1;
        for (ListNode* p = l2; p; p = p->next) ++len2;
        if (len2 > len1) swap(l1, l2);
        int carry = 0;
        ListNode* last = nullptr;
        for (ListNode *p = l1, *q = l2; p; p = p->next) {
            int sum = p->val + carry + (q ? q->val : 0);
            if (q) q = q->next;
            p->val = sum % 10;
            carry = sum / 10;
            last = p;
        }
        if (carry) last->next = new ListNode(carry);
        return l1;
    }
};
