// Serializes both trees as strings with a separator before every value and a
// marker for every missing child, then searches with string::find.
class Solution {
    void ser(TreeNode* n, string& s) {
        if (!n) { s += ",#"; return; }
        s += "," + to_string(n->val);
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
