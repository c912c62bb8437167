// Classic mistake: compares inorder sequences, even with null markers, which do not
// determine the tree ([1,2] and [2,null,1] both read # 2 # 1 #).
class Solution {
    void in(TreeNode* n, vector<string>& out) {
        if (!n) { out.push_back("#"); return; }
        in(n->left, out);
        out.push_back(to_string(n->val));
        in(n->right, out);
    }
public:
    bool isSameTree(TreeNode* p, TreeNode* q) {
        vector<string> a, b;
        in(p, a);
        in(q, b);
        return a == b;
    }
};
