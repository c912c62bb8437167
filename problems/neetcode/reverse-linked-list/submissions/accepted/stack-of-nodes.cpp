// Push every node on a vector, then relink them from the back.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        vector<ListNode*> nodes;
        for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
        if (nodes.empty()) return nullptr;
        for (int i = (int)nodes.size() - 1; i > 0; --i) nodes[i]->next = nodes[i - 1];
        nodes[0]->next = nullptr;
        return nodes.back();
    }
};
