// Classic mistake: swaps the values of the two children instead of the subtrees,
// so the shape never changes (and a lone child is never moved).
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        if (root->left && root->right) swap(root->left->val, root->right->val);
        invertTree(root->left);
        invertTree(root->right);
        return root;
    }
};
