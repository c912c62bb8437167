// Classic mistake: compares the 0-based position with k, so it returns the (k+1)-th smallest.
class Solution {
    int count = 0, ans = -1;
    void inorder(TreeNode* node, int k) {
        if (!node) return;
        inorder(node->left, k);
        if (count++ == k) ans = node->val;
        inorder(node->right, k);
    }
public:
    int kthSmallest(TreeNode* root, int k) {
        inorder(root, k);
        return ans;
    }
};
