// Classic mistake: the sign test multiplies the differences in int; with values up
// to 10^9 the product (up to 4*10^18) overflows and its sign comes out wrong.
class Solution {
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        while ((p->val - root->val) * (q->val - root->val) > 0)
            root = p->val < root->val ? root->left : root->right;
        return root;
    }
};
