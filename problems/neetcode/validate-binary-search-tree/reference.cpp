class Solution {
    // Every value of node's subtree must lie strictly between lo and hi;
    // long long bounds leave room outside the int range, so INT_MIN/INT_MAX values work.
    bool valid(TreeNode* node, long long lo, long long hi) {
        if (!node) return true;
        if (node->val <= lo || node->val >= hi) return false;
        return valid(node->left, lo, node->val) && valid(node->right, node->val, hi);
    }
public:
    bool isValidBST(TreeNode* root) {
        return valid(root, LLONG_MIN, LLONG_MAX);
    }
};
