// Recursion returning (best chain from the node, best path inside the subtree) as a pair, no member state.
class Solution {
    pair<int, int> solve(TreeNode* node) {
        if (!node) return {0, INT_MIN};
        auto [lc, lb] = solve(node->left);
        auto [rc, rb] = solve(node->right);
        lc = max(lc, 0), rc = max(rc, 0);
        int through = node->val + lc + rc;
        return {node->val + max(lc, rc), max({lb, rb, through})};
    }
public:
    int maxPathSum(TreeNode* root) {
        return solve(root).second;
    }
};
