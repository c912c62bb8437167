// Breadth-first search carrying the maximum of each node's path in the queue.
class Solution {
public:
    int goodNodes(TreeNode* root) {
        int good = 0;
        queue<pair<TreeNode*, int>> q;
        q.push({root, root->val});
        while (!q.empty()) {
            auto [node, best] = q.front();
            q.pop();
            if (node->val >= best) ++good;
            best = max(best, node->val);
            if (node->left) q.push({node->left, best});
            if (node->right) q.push({node->right, best});
        }
        return good;
    }
};
