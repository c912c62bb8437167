// Ignores the BST order: collects every value by BFS and sorts, O(n log n).
class Solution {
public:
    int kthSmallest(TreeNode* root, int k) {
        vector<int> vals;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            TreeNode* node = q.front();
            q.pop();
            vals.push_back(node->val);
            if (node->left) q.push(node->left);
            if (node->right) q.push(node->right);
        }
        nth_element(vals.begin(), vals.begin() + (k - 1), vals.end());
        return vals[k - 1];
    }
};
