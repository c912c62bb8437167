// Classic mistake: decodes a value from its first digit only (data[i] - '0'), so 42 becomes 4.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        size_t pos = 0;
        return read(data, pos);
    }

private:
    void write(TreeNode* node, string& out) {
        if (!out.empty()) out += ',';
        if (!node) { out += '#'; return; }
        out += to_string(node->val);
        write(node->left, out);
        write(node->right, out);
    }

    TreeNode* read(const string& s, size_t& pos) {
        if (s[pos] == '#') { pos += 2; return nullptr; }
        bool negative = s[pos] == '-';
        if (negative) ++pos;
        int v = s[pos] - '0';
        while (pos < s.size() && s[pos] != ',') ++pos;
        ++pos;
        TreeNode* node = new TreeNode(negative ? -v : v);
        node->left = read(s, pos);
        node->right = read(s, pos);
        return node;
    }
};
