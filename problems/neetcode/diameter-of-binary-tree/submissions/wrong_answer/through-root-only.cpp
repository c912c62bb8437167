// Classic mistake: only considers the path that bends at the root.
class Solution {
    int height(TreeNode* n) {
        return n ? 1 + max(height(n->left), height(n->right)) : 0;
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        return height(root->left) + height(root->right);
    }
};
