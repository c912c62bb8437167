// Fixed-width encoding: per node in pre-order a presence byte, then 2 letters of (val + 1000) in base 40.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        vector<TreeNode*> stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (!node) { out += 'N'; continue; }
            int v = node->val + 1000;
            out += 'V';
            out += char('A' + v / 40);
            out += char('A' + v % 40);
            stack.push_back(node->right);
            stack.push_back(node->left);
        }
        return out;
    }

    TreeNode* deserialize(string data) {
        size_t pos = 0;
        return read(data, pos);
    }

private:
    TreeNode* read(const string& s, size_t& pos) {
        if (s[pos++] == 'N') return nullptr;
        int v = (s[pos] - 'A') * 40 + (s[pos + 1] - 'A') - 1000;
        pos += 2;
        TreeNode* node = new TreeNode(v);
        node->left = read(s, pos);
        node->right = read(s, pos);
        return node;
    }
};
