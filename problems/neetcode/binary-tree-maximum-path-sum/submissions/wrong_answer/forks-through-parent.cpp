// Classic mistake: returns node + left + right to the parent, so a path can fork into both children and go up too.
class Solution {
    int best = INT_MIN;
    int chain(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, chain(node->left));
        int right = max(0, chain(node->right));
        best = max(best, node->val + left + right);
        return node->val + left + right;
    }
public:
    int maxPathSum(TreeNode* root) {
        chain(root);
        return best;
    }
};
