// Classic mistake: reads both numbers into 64-bit integers, adds, and converts back; a number of
// up to 100 digits does not fit (past about 19 digits the value wraps around).
class Solution {
    unsigned long long toNumber(ListNode* l) {
        unsigned long long value = 0, place = 1;
        for (; l; l = l->next, place *= 10) value += l->val * place;
        return value;
    }
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        unsigned long long sum = toNumber(l1) + toNumber(l2);
        ListNode dummy;
        ListNode* tail = &dummy;
        do {
            tail->next = new ListNode(sum % 10);
            tail = tail->next;
            sum /= 10;
        } while (sum);
        return dummy.next;
    }
};
