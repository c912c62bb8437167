// Collect every node, stable-sort the pointers by value and relink them: O(N log N).
class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        vector<ListNode*> nodes;
        for (ListNode* l : lists)
            for (ListNode* p = l; p; p = p->next) nodes.push_back(p);
        stable_sort(nodes.begin(), nodes.end(), [](ListNode* a, ListNode* b) { return a->val < b->val; });
        for (size_t i = 0; i + 1 < nodes.size(); ++i) nodes[i]->next = nodes[i + 1];
        if (nodes.empty()) return nullptr;
        nodes.back()->next = nullptr;
        return nodes[0];
    }
};
