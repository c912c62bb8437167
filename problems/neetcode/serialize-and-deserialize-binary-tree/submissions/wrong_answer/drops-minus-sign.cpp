// Classic mistake: the number parser only accumulates digits, so "-5" comes back as 5.
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
        size_t end = s.find(',', pos);
        if (end == string::npos) end = s.size();
        string token = s.substr(pos, end - pos);
        pos = end + 1;
        if (token == "#") return nullptr;
        int v = 0;
        for (char c : token)
            if (isdigit(c)) v = v * 10 + (c - '0');
        TreeNode* node = new TreeNode(v);
        node->left = read(s, pos);
        node->right = read(s, pos);
        return node;
    }
};
