// Classic mistake: serializes with a separator after each value but none before
// it, so the pattern "2,#,#," is found inside "12,#,#,".
class Solution {
    void ser(TreeNode* n, string& s) {
        if (!n) { s += "#,"; return; }
        s += to_string(n->val) + ",";
        ser(n->left, s);
        ser(n->right, s);
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        string a, b;
        ser(root, a);
        ser(subRoot, b);
        return a.find(b) != string::npos;
    }
};
