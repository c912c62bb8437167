// Brute force: recomputes both subtree heights from scratch at every node, O(n^2)
// on a chain (5*10^7 node visits at n = 10^4), which still fits the limit.
class Solution {
    int height(TreeNode* n) {
        return n ? 1 + max(height(n->left), height(n->right)) : 0;
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        if (!root) return 0;
        int through = height(root->left) + height(root->right);
        return max({through, diameterOfBinaryTree(root->left), diameterOfBinaryTree(root->right)});
    }
};
