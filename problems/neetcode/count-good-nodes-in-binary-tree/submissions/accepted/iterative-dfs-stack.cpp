// Iterative depth-first search with an explicit stack of (node, path maximum).
class Solution {
public:
    int goodNodes(TreeNode* root) {
        int good = 0;
        vector<pair<TreeNode*, int>> st{{root, INT_MIN}};
        while (!st.empty()) {
            auto [node, best] = st.back();
            st.pop_back();
            if (node->val >= best) ++good;
            best = max(best, node->val);
            if (node->right) st.push_back({node->right, best});
            if (node->left) st.push_back({node->left, best});
        }
        return good;
    }
};
