// Classic mistake: counts nodes in pre-order (node before its left subtree), which is not sorted order.
class Solution {
    int count = 0, ans = -1;
    void preorder(TreeNode* node, int k) {
        if (!node || ans != -1) return;
        if (++count == k) { ans = node->val; return; }
        preorder(node->left, k);
        preorder(node->right, k);
    }
public:
    int kthSmallest(TreeNode* root, int k) {
        preorder(root, k);
        return ans;
    }
};
