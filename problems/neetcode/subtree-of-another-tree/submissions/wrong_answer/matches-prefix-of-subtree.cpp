// Classic mistake: the comparison succeeds as soon as subRoot runs out, so subRoot
// matches the top part of a larger subtree.
class Solution {
    bool same(TreeNode* a, TreeNode* b) {
        if (!b) return true;
        if (!a) return false;
        return a->val == b->val && same(a->left, b->left) && same(a->right, b->right);
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        if (!root) return false;
        return same(root, subRoot) || isSubtree(root->left, subRoot) || isSubtree(root->right, subRoot);
    }
};
