// Iterative post-order with an explicit stack and a height map, no recursion.
class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        unordered_map<TreeNode*, int> h;
        h[nullptr] = 0;
        vector<pair<TreeNode*, bool>> st{{root, false}};
        int best = 0;
        while (!st.empty()) {
            auto [n, done] = st.back();
            st.pop_back();
            if (!n) continue;
            if (done) {
                int l = h[n->left], r = h[n->right];
                best = max(best, l + r);
                h[n] = 1 + max(l, r);
            } else {
                st.push_back({n, true});
                st.push_back({n->left, false});
                st.push_back({n->right, false});
            }
        }
        return best;
    }
};
