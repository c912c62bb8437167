// Classic mistake: enqueues the right child before the left one, so every level
// comes out right to left.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            levels.emplace_back();
            for (int k = q.size(); k > 0; --k) {
                TreeNode* n = q.front();
                q.pop();
                levels.back().push_back(n->val);
                if (n->right) q.push(n->right);
                if (n->left) q.push(n->left);
            }
        }
        return levels;
    }
};
