// Classic mistake: in-order check with the previous value starting at INT_MIN, so a node holding INT_MIN fails.
class Solution {
    int prev = INT_MIN;
    bool inorder(TreeNode* node) {
        if (!node) return true;
        if (!inorder(node->left)) return false;
        if (node->val <= prev) return false;
        prev = node->val;
        return inorder(node->right);
    }
public:
    bool isValidBST(TreeNode* root) {
        return inorder(root);
    }
};
