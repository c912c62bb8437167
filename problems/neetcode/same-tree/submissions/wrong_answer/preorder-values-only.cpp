// Classic mistake: compares the preorder sequences of values without marking
// missing children, which loses the shape ([1,2] and [1,null,2] look alike).
class Solution {
    void pre(TreeNode* n, vector<int>& out) {
        if (!n) return;
        out.push_back(n->val);
        pre(n->left, out);
        pre(n->right, out);
    }
public:
    bool isSameTree(TreeNode* p, TreeNode* q) {
        vector<int> a, b;
        pre(p, a);
        pre(q, b);
        return a == b;
    }
};
