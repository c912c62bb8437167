class Solution {
public:
    int maxDepth(TreeNode* root) {
        // Post-order: a node's depth is 1 + the deeper of its subtrees.
        if (!root) return 0;
        return 1 + max(maxDepth(root->left), maxDepth(root->right));
    }
};
