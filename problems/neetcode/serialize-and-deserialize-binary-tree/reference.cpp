class Codec {
public:
    // Level order, comma separated, '#' for a missing child; trailing '#'s are kept
    // (harmless) so the decoder simply pairs each queued node with the next two tokens.
    string serialize(TreeNode* root) {
        string out;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            TreeNode* node = q.front();
            q.pop();
            if (!out.empty()) out += ',';
            if (!node) { out += '#'; continue; }
            out += to_string(node->val);
            q.push(node->left);
            q.push(node->right);
        }
        return out;
    }

    TreeNode* deserialize(string data) {
        vector<string> tokens;
        size_t start = 0;
        while (start <= data.size()) {
            size_t comma = data.find(',', start);
            if (comma == string::npos) comma = data.size();
            tokens.push_back(data.substr(start, comma - start));
            start = comma + 1;
        }
        auto make = [&](const string& t) -> TreeNode* { return t == "#" ? nullptr : new TreeNode(stoi(t)); };
        TreeNode* root = make(tokens[0]);
        queue<TreeNode*> q;
        if (root) q.push(root);
        size_t i = 1;
        while (!q.empty()) {
            TreeNode* node = q.front();
            q.pop();
            node->left = make(tokens[i++]);
            node->right = make(tokens[i++]);
            if (node->left) q.push(node->left);
            if (node->right) q.push(node->right);
        }
        return root;
    }
};
