// O(n) with a stack of nodes still waiting for a right child; the inorder pointer says when to pop.
class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> st{root};
        size_t in = 0;
        for (size_t i = 1; i < preorder.size(); ++i) {
            TreeNode* node = new TreeNode(preorder[i]);
            TreeNode* parent = nullptr;
            while (!st.empty() && st.back()->val == inorder[in]) {
                parent = st.back();
                st.pop_back();
                ++in;
            }
            if (parent) parent->right = node;
            else st.back()->left = node;
            st.push_back(node);
        }
        return root;
    }
};
