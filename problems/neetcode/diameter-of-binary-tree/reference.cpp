class Solution {
    int best = 0;
    // Returns the height of n in nodes (0 for null) and records the longest path
    // that bends at n: left height + right height edges.
    int height(TreeNode* n) {
        if (!n) return 0;
        int l = height(n->left), r = height(n->right);
        best = max(best, l + r);
        return 1 + max(l, r);
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        best = 0;
        height(root);
        return best;
    }
};
