class Solution {
    int best = INT_MIN;
    // Largest sum of a downward chain starting at node (0 = take nothing).
    int chain(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, chain(node->left));
        int right = max(0, chain(node->right));
        best = max(best, node->val + left + right);  // the path bending at node
        return node->val + max(left, right);
    }
public:
    int maxPathSum(TreeNode* root) {
        best = INT_MIN;
        chain(root);
        return best;
    }
};
