class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        // Breadth-first search; the queue size at the start of a round is the level's width.
        vector<vector<int>> levels;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            levels.emplace_back();
            for (int k = q.size(); k > 0; --k) {
                TreeNode* n = q.front();
                q.pop();
                levels.back().push_back(n->val);
                if (n->left) q.push(n->left);
                if (n->right) q.push(n->right);
            }
        }
        return levels;
    }
};
