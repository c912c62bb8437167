// Classic mistake: adds only while both lists have digits, then attaches the longer list's rest
// as it is, so a carry into the remaining digits is dropped.
class Solution {
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        ListNode dummy;
        ListNode* tail = &dummy;
        int carry = 0;
        while (l1 && l2) {
            int sum = l1->val + l2->val + carry;
            carry = sum / 10;
            tail->next = new ListNode(sum % 10);
            tail = tail->next;
            l1 = l1->next;
            l2 = l2->next;
        }
        tail->next = l1 ? l1 : l2;
        if (!tail->next && carry) tail->next = new ListNode(carry);
        return dummy.next;
    }
};
