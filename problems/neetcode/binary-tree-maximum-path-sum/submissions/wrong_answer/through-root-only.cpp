// Classic mistake: only considers paths through the root, as if the root had to be on the path.
class Solution {
    int chain(TreeNode* node) {
        if (!node) return 0;
        return node->val + max({0, chain(node->left), chain(node->right)});
    }
public:
    int maxPathSum(TreeNode* root) {
        return root->val + max(0, chain(root->left)) + max(0, chain(root->right));
    }
};
