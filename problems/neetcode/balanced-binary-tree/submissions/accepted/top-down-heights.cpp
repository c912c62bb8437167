// Top-down brute force: compares freshly computed heights at every node, O(n log n)
// on balanced trees and stops at the first bad node on chains; fits the limits.
class Solution {
    int height(TreeNode* n) {
        return n ? 1 + max(height(n->left), height(n->right)) : 0;
    }
public:
    bool isBalanced(TreeNode* root) {
        if (!root) return true;
        if (abs(height(root->left) - height(root->right)) > 1) return false;
        return isBalanced(root->left) && isBalanced(root->right);
    }
};
