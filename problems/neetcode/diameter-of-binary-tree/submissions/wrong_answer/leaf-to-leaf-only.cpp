// Classic mistake: only counts paths between two leaves (bends at nodes with both
// children), missing paths that end at a node with a single child, e.g. the root.
class Solution {
    int best = 0;
    int height(TreeNode* n) {
        if (!n) return 0;
        int l = height(n->left), r = height(n->right);
        if (n->left && n->right) best = max(best, l + r);
        return 1 + max(l, r);
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        best = 0;
        height(root);
        return best;
    }
};
