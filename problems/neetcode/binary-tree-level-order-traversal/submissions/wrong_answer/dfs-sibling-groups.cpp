// Classic mistake: a DFS without depth that emits each node's children as the
// "next level", so cousins land in separate lists and levels get mixed up.
class Solution {
    void dfs(TreeNode* n, vector<vector<int>>& levels) {
        if (!n) return;
        vector<int> kids;
        if (n->left) kids.push_back(n->left->val);
        if (n->right) kids.push_back(n->right->val);
        if (!kids.empty()) levels.push_back(kids);
        dfs(n->left, levels);
        dfs(n->right, levels);
    }
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        if (!root) return levels;
        levels.push_back({root->val});
        dfs(root, levels);
        return levels;
    }
};
