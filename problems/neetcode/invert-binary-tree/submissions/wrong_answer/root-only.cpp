// Classic mistake: swaps the two subtrees of the root but does not recurse into them.
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (root) swap(root->left, root->right);
        return root;
    }
};
