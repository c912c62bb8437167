// Classic mistake: compares the heights of the root's two subtrees only.
class Solution {
    int height(TreeNode* n) {
        return n ? 1 + max(height(n->left), height(n->right)) : 0;
    }
public:
    bool isBalanced(TreeNode* root) {
        if (!root) return true;
        return abs(height(root->left) - height(root->right)) <= 1;
    }
};
