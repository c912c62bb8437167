// Classic mistake: calls the tree balanced when the shallowest and the deepest
// leaves are at most one level apart, a stricter rule than the per-node one.
class Solution {
    int lo = INT_MAX, hi = 0;
    void walk(TreeNode* n, int d) {
        if (!n) return;
        if (!n->left && !n->right) lo = min(lo, d), hi = max(hi, d);
        walk(n->left, d + 1);
        walk(n->right, d + 1);
    }
public:
    bool isBalanced(TreeNode* root) {
        if (!root) return true;
        lo = INT_MAX, hi = 0;
        walk(root, 1);
        return hi - lo <= 1;
    }
};
