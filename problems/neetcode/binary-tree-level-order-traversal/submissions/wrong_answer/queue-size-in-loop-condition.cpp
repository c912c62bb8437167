// Classic mistake: tests q.size() in the inner loop's condition, which changes as
// nodes are popped and children pushed, so a level's list takes the wrong nodes.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            levels.emplace_back();
            for (int i = 0; i < (int)q.size(); ++i) {
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
