class Solution {
public:
    int kthSmallest(TreeNode* root, int k) {
        // In-order with an explicit stack: nodes come out in increasing order; stop at the k-th.
        vector<TreeNode*> st;
        TreeNode* node = root;
        while (node || !st.empty()) {
            while (node) st.push_back(node), node = node->left;
            node = st.back();
            st.pop_back();
            if (--k == 0) return node->val;
            node = node->right;
        }
        return -1;  // not reached: k <= n
    }
};
