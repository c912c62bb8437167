// Classic mistake: swaps the children of the root and of its two children, stopping one level down.
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        swap(root->left, root->right);
        if (root->left) swap(root->left->left, root->left->right);
        if (root->right) swap(root->right->left, root->right->right);
        return root;
    }
};
