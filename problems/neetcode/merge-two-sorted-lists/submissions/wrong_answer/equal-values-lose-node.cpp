// Classic mistake: on equal front values it links one node but advances both lists, losing the other.
class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (list1 && list2) {
            if (list1->val < list2->val) { tail->next = list1; list1 = list1->next; }
            else if (list2->val < list1->val) { tail->next = list2; list2 = list2->next; }
            else { tail->next = list1; list1 = list1->next; list2 = list2->next; }
            tail = tail->next;
        }
        tail->next = list1 ? list1 : list2;
        return dummy.next;
    }
};
