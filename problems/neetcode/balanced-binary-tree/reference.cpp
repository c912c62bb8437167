class Solution {
    // Height of n, or -1 as soon as some node in the subtree is out of balance.
    int check(TreeNode* n) {
        if (!n) return 0;
        int l = check(n->left);
        if (l < 0) return -1;
        int r = check(n->right);
        if (r < 0 || abs(l - r) > 1) return -1;
        return 1 + max(l, r);
    }
public:
    bool isBalanced(TreeNode* root) {
        return check(root) >= 0;
    }
};
