// Recursive: one digit per call, the carry passed down to the next position.
class Solution {
    ListNode* add(ListNode* a, ListNode* b, int carry) {
        if (!a && !b && !carry) return nullptr;
        int sum = carry + (a ? a->val : 0) + (b ? b->val : 0);
        ListNode* node = new ListNode(sum % 10);
        node->next = add(a ? a->next : nullptr, b ? b->next : nullptr, sum / 10);
        return node;
    }
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        return add(l1, l2, 0);
    }
};
