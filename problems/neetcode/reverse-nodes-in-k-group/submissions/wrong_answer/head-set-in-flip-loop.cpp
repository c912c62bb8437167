// Classic k = 1 mistake: the new head is recorded inside the link-flipping loop, which runs k - 1
// times per block, so for k = 1 it never runs and the result is an empty list.
class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode* newHead = nullptr;
        ListNode* prevTail = nullptr;
        ListNode* first = head;
        for (;;) {
            ListNode* last = first;
            for (int i = 1; i < k && last; ++i) last = last->next;
            if (!last) break;
            ListNode* after = last->next;
            // Flip the k - 1 links inside first..last.
            ListNode* a = first;
            ListNode* b = first->next;
            for (int i = 1; i < k; ++i) {
                ListNode* c = b->next;
                b->next = a;
                a = b;
                b = c;
                if (!newHead && i == k - 1) newHead = a;
            }
            if (prevTail) prevTail->next = last;
            first->next = after;
            prevTail = first;
            first = after;
            if (!first) break;
        }
        return newHead;
    }
};
