// Splices each node of list2 into list1 at its sorted place, walking list1 only forward.
class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy(0, list1);
        ListNode* at = &dummy;  // list2's next node goes somewhere after `at`
        while (list2) {
            while (at->next && at->next->val <= list2->val) at = at->next;
            ListNode* move = list2;
            list2 = list2->next;
            move->next = at->next;
            at->next = move;
            at = move;
        }
        return dummy.next;
    }
};
