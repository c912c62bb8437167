// Classic mistake: "val(left)(right)" that omits the "()" of a missing left child,
// so the decoder cannot tell a lone right child from a left one.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        if (root) write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        if (data.empty()) return nullptr;
        size_t pos = 0;
        return read(data, pos);
    }

private:
    void write(TreeNode* node, string& out) {
        out += to_string(node->val);
        if (node->left) { out += '('; write(node->left, out); out += ')'; }
        if (node->right) { out += '('; write(node->right, out); out += ')'; }
    }

    TreeNode* read(const string& s, size_t& pos) {
        size_t start = pos;
        while (pos < s.size() && s[pos] != '(' && s[pos] != ')') ++pos;
        TreeNode* node = new TreeNode(stoi(s.substr(start, pos - start)));
        if (pos < s.size() && s[pos] == '(') {
            ++pos;
            node->left = read(s, pos);
            ++pos;  // ')'
        }
        if (pos < s.size() && s[pos] == '(') {
            ++pos;
            node->right = read(s, pos);
            ++pos;  // ')'
        }
        return node;
    }
};
