// Classic mistake: counts the edges of the longest path instead of its nodes.
class Solution {
    int edges(TreeNode* n) {
        if (!n->left && !n->right) return 0;
        int best = 0;
        if (n->left) best = max(best, 1 + edges(n->left));
        if (n->right) best = max(best, 1 + edges(n->right));
        return best;
    }
public:
    int maxDepth(TreeNode* root) {
        return root ? edges(root) : 0;
    }
};
