class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        // Post-order: mirror both subtrees, then hang them on the opposite sides.
        if (!root) return nullptr;
        TreeNode* left = invertTree(root->left);
        TreeNode* right = invertTree(root->right);
        root->left = right;
        root->right = left;
        return root;
    }
};
