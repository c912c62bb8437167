// Classic mistake: the BST codec (problem 449) reused here: pre-order values with no null
// markers, rebuilt by BST insertion, which only restores trees that are search trees.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        vector<TreeNode*> stack;
        if (root) stack.push_back(root);
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            out += to_string(node->val) + ' ';
            if (node->right) stack.push_back(node->right);
            if (node->left) stack.push_back(node->left);
        }
        return out;
    }

    TreeNode* deserialize(string data) {
        istringstream in(data);
        vector<int> pre;
        for (int v; in >> v;) pre.push_back(v);
        size_t i = 0;
        return build(pre, i, INT_MIN, INT_MAX);
    }

private:
    // Standard bounded pre-order rebuild: O(n), no deep insertion walks.
    TreeNode* build(const vector<int>& pre, size_t& i, long lo, long hi) {
        if (i == pre.size() || pre[i] < lo || pre[i] > hi) return nullptr;
        TreeNode* node = new TreeNode(pre[i++]);
        node->left = build(pre, i, lo, (long)node->val - 1);
        node->right = build(pre, i, node->val, hi);
        return node;
    }
};
