// Iterative in-order traversal: the values must come out strictly increasing.
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        stack<TreeNode*> st;
        TreeNode* prev = nullptr;
        TreeNode* node = root;
        while (node || !st.empty()) {
            while (node) st.push(node), node = node->left;
            node = st.top();
            st.pop();
            if (prev && prev->val >= node->val) return false;
            prev = node;
            node = node->right;
        }
        return true;
    }
};
