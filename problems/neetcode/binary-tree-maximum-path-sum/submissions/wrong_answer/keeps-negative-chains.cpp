// Classic mistake: always adds both child chains, even when they are negative and would lower the sum.
class Solution {
    int best = INT_MIN;
    int chain(TreeNode* node) {
        if (!node) return 0;
        int left = chain(node->left);
        int right = chain(node->right);
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }
public:
    int maxPathSum(TreeNode* root) {
        chain(root);
        return best;
    }
};
