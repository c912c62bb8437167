// Classic mistake: bounds start at INT_MIN / INT_MAX, so a node holding either value is rejected.
class Solution {
    bool valid(TreeNode* node, int lo, int hi) {
        if (!node) return true;
        if (node->val <= lo || node->val >= hi) return false;
        return valid(node->left, lo, node->val) && valid(node->right, node->val, hi);
    }
public:
    bool isValidBST(TreeNode* root) {
        return valid(root, INT_MIN, INT_MAX);
    }
};
