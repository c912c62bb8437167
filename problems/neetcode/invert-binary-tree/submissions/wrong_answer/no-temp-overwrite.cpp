// Classic mistake: assigns root->left before saving it, so both sides end up as
// the same (re-mirrored) right subtree and the original left subtree is lost.
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        root->left = invertTree(root->right);
        root->right = invertTree(root->left);
        return root;
    }
};
