class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        // A dummy head, then always link the smaller front node; append what is left.
        ListNode dummy;
        ListNode* tail = &dummy;
        while (list1 && list2) {
            if (list2->val < list1->val) {
                tail->next = list2;
                list2 = list2->next;
            } else {
                tail->next = list1;
                list1 = list1->next;
            }
            tail = tail->next;
        }
        tail->next = list1 ? list1 : list2;
        return dummy.next;
    }
};
