// Classic mistake: the answer starts at 0, so a tree of negative values reports 0 instead of its largest value.
class Solution {
    int best = 0;
    int chain(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, chain(node->left));
        int right = max(0, chain(node->right));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }
public:
    int maxPathSum(TreeNode* root) {
        chain(root);
        return best;
    }
};
