// Bounds passed down as the nodes that impose them (nullptr = unbounded), no sentinel values needed.
class Solution {
    bool valid(TreeNode* node, TreeNode* lo, TreeNode* hi) {
        if (!node) return true;
        if ((lo && node->val <= lo->val) || (hi && node->val >= hi->val)) return false;
        return valid(node->left, lo, node) && valid(node->right, node, hi);
    }
public:
    bool isValidBST(TreeNode* root) {
        return valid(root, nullptr, nullptr);
    }
};
