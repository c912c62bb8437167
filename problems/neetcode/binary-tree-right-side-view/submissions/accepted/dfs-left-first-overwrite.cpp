// Pre-order left to right, overwriting the entry of each depth: the last write is the rightmost node.
class Solution {
    void dfs(TreeNode* node, int depth, vector<int>& view) {
        if (!node) return;
        if (depth == (int)view.size()) view.push_back(node->val);
        else view[depth] = node->val;
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
