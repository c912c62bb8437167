// Classic mistake: combines the subtrees with min instead of max, so the
// shallowest side (an empty child counts as depth 0) decides.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        if (!root) return 0;
        return 1 + min(maxDepth(root->left), maxDepth(root->right));
    }
};
