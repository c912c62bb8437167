// Iterative DFS with an explicit stack of (node, depth) pairs.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        int best = 0;
        vector<pair<TreeNode*, int>> st;
        if (root) st.push_back({root, 1});
        while (!st.empty()) {
            auto [n, d] = st.back();
            st.pop_back();
            best = max(best, d);
            if (n->left) st.push_back({n->left, d + 1});
            if (n->right) st.push_back({n->right, d + 1});
        }
        return best;
    }
};
