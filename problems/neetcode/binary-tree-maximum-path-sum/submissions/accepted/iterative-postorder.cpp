// Iterative: nodes in reverse BFS order see their children's chains already computed.
class Solution {
public:
    int maxPathSum(TreeNode* root) {
        vector<TreeNode*> order{root};
        for (size_t i = 0; i < order.size(); ++i) {
            if (order[i]->left) order.push_back(order[i]->left);
            if (order[i]->right) order.push_back(order[i]->right);
        }
        unordered_map<TreeNode*, int> chain;  // best downward chain from a node, clamped at 0
        chain[nullptr] = 0;
        int best = INT_MIN;
        for (size_t i = order.size(); i-- > 0;) {
            TreeNode* node = order[i];
            int l = chain[node->left], r = chain[node->right];
            best = max(best, node->val + l + r);
            chain[node] = max(0, node->val + max(l, r));
        }
        return best;
    }
};
