// Classic mistake: compares preorder value sequences without null markers, so
// different shapes with the same values in order look alike.
class Solution {
    void ser(TreeNode* n, string& s) {
        if (!n) return;
        s += "," + to_string(n->val);
        ser(n->left, s);
        ser(n->right, s);
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        string a, b;
        ser(root, a);
        ser(subRoot, b);
        a += ",";
        b += ",";
        return a.find(b) != string::npos;
    }
};
