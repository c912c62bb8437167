// Classic mistake: k-way scan for the smallest head that stops as soon as any list runs out instead of skipping it.
class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!lists.empty()) {
            int best = -1;
            bool exhausted = false;
            for (int i = 0; i < (int)lists.size(); ++i) {
                if (!lists[i]) { exhausted = true; break; }
                if (best < 0 || lists[i]->val < lists[best]->val) best = i;
            }
            if (exhausted || best < 0) break;
            tail->next = lists[best];
            tail = tail->next;
            lists[best] = lists[best]->next;
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
