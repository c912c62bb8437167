// Classic mistake: finds the first node (in preorder) whose value equals subRoot's
// root value and compares only there, ignoring later nodes with the same value.
class Solution {
    bool same(TreeNode* a, TreeNode* b) {
        if (!a || !b) return a == b;
        return a->val == b->val && same(a->left, b->left) && same(a->right, b->right);
    }
    TreeNode* find(TreeNode* n, int v) {
        if (!n) return nullptr;
        if (n->val == v) return n;
        TreeNode* l = find(n->left, v);
        return l ? l : find(n->right, v);
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        TreeNode* start = find(root, subRoot->val);
        return start && same(start, subRoot);
    }
};
