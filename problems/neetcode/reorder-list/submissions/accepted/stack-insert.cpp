// Push all nodes on a stack; pop the back half one by one and slot each after the next front node.
class Solution {
public:
    void reorderList(ListNode* head) {
        stack<ListNode*> st;
        int n = 0;
        for (ListNode* p = head; p; p = p->next) st.push(p), ++n;
        ListNode* cur = head;
        for (int k = 0; k < (n - 1) / 2; ++k) {
            ListNode* back = st.top();
            st.pop();
            back->next = cur->next;
            cur->next = back;
            cur = back->next;
        }
        st.top()->next = nullptr;  // the node now at the end
    }
};
