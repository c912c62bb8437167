// Classic mistake: when the descent reaches one of the two nodes it returns p,
// which is wrong when that node is q, an ancestor of the deeper p.
class Solution {
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        while (true) {
            if (root == p || root == q) return p;
            if (p->val < root->val && q->val < root->val) root = root->left;
            else if (p->val > root->val && q->val > root->val) root = root->right;
            else return root;
        }
    }
};
