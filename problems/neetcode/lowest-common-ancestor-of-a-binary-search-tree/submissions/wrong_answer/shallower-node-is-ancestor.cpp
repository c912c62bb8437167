// Classic mistake: assumes that when p and q are at different depths the shallower
// one is the ancestor, so it returns p whenever q is deeper, even when the two sit
// in different subtrees.
class Solution {
    int depth(TreeNode* root, TreeNode* x) {
        int d = 0;
        while (root != x) {
            root = x->val < root->val ? root->left : root->right;
            ++d;
        }
        return d;
    }
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        int dp = depth(root, p), dq = depth(root, q);
        if (dp < dq) return p;
        if (dq < dp) return q;
        while (true) {
            if (p->val < root->val && q->val < root->val) root = root->left;
            else if (p->val > root->val && q->val > root->val) root = root->right;
            else return root;
        }
    }
};
