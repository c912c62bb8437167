// Builds a fresh mirrored copy instead of swapping in place (also accepted on LeetCode).
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        return new TreeNode(root->val, invertTree(root->right), invertTree(root->left));
    }
};
