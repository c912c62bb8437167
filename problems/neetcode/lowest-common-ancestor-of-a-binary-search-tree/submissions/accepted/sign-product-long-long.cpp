// Sign test on the product of the two differences, computed in 64 bits (up to 4*10^18, no overflow).
class Solution {
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        while (((long long)p->val - root->val) * ((long long)q->val - root->val) > 0)
            root = p->val < root->val ? root->left : root->right;
        return root;
    }
};
