// Classic mistake: depth-first with the left child first keeps the first node of each depth (the left view).
class Solution {
    void dfs(TreeNode* node, int depth, vector<int>& view) {
        if (!node) return;
        if (depth == (int)view.size()) view.push_back(node->val);
        dfs(node->left, depth + 1, view);
        dfs(node->right, depth + 1, view);
    }
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        dfs(root, 0, view);
        return view;
    }
};
