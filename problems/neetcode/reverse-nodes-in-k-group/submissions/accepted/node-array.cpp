// Collects the node pointers, reverses each complete block of pointers, and relinks them in order.
class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        vector<ListNode*> nodes;
        for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
        int n = nodes.size();
        for (int i = 0; i + k <= n; i += k) reverse(nodes.begin() + i, nodes.begin() + i + k);
        for (int i = 0; i + 1 < n; ++i) nodes[i]->next = nodes[i + 1];
        nodes[n - 1]->next = nullptr;
        return nodes[0];
    }
};
