// Stores every node in an array, then unlinks index sz - n directly.
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        vector<ListNode*> nodes;
        for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
        int k = (int)nodes.size() - n;
        if (k == 0) return head->next;
        nodes[k - 1]->next = nodes[k]->next;
        return head;
    }
};
