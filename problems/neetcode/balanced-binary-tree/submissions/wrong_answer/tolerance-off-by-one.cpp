// Classic mistake: off-by-one tolerance, lets the heights differ by two.
class Solution {
    int check(TreeNode* n) {
        if (!n) return 0;
        int l = check(n->left);
        if (l < 0) return -1;
        int r = check(n->right);
        if (r < 0 || abs(l - r) > 2) return -1;
        return 1 + max(l, r);
    }
public:
    bool isBalanced(TreeNode* root) {
        return check(root) >= 0;
    }
};
