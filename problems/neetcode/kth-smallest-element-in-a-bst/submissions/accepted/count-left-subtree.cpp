// Counts the left subtree at every step to decide the side: O(n * height) without cached sizes, fine for 10^4.
class Solution {
    int size(TreeNode* node) {
        return node ? 1 + size(node->left) + size(node->right) : 0;
    }
public:
    int kthSmallest(TreeNode* root, int k) {
        TreeNode* node = root;
        for (;;) {
            int left = size(node->left);
            if (k == left + 1) return node->val;
            if (k <= left) node = node->left;
            else k -= left + 1, node = node->right;
        }
    }
};
