class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        // Breadth-first, one level at a time: the last node of each level is visible.
        vector<int> view;
        if (!root) return view;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            int width = q.size();
            for (int i = 0; i < width; ++i) {
                TreeNode* node = q.front();
                q.pop();
                if (i == width - 1) view.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
        }
        return view;
    }
};
