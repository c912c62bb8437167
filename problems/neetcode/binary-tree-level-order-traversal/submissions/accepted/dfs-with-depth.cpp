// Preorder DFS that carries the depth and appends each value to its level's list.
class Solution {
    void dfs(TreeNode* n, int depth, vector<vector<int>>& levels) {
        if (!n) return;
        if ((int)levels.size() == depth) levels.emplace_back();
        levels[depth].push_back(n->val);
        dfs(n->left, depth + 1, levels);
        dfs(n->right, depth + 1, levels);
    }
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        dfs(root, 0, levels);
        return levels;
    }
};
