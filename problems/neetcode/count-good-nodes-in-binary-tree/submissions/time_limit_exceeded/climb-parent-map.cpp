// Brute force: records every node's parent, then climbs from each node to the root, O(n * height).
class Solution {
public:
    int goodNodes(TreeNode* root) {
        unordered_map<TreeNode*, TreeNode*> parent;
        vector<TreeNode*> order{root};
        parent[root] = nullptr;
        for (size_t i = 0; i < order.size(); ++i)
            for (TreeNode* child : {order[i]->left, order[i]->right})
                if (child) parent[child] = order[i], order.push_back(child);
        int good = 0;
        for (TreeNode* node : order) {
            bool ok = true;
            for (TreeNode* up = parent[node]; up; up = parent[up])
                if (up->val > node->val) ok = false;
            good += ok;
        }
        return good;
    }
};
