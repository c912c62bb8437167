// Breadth-first search that counts the levels, one queue pass per level.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        if (!root) return 0;
        queue<TreeNode*> q;
        q.push(root);
        int levels = 0;
        while (!q.empty()) {
            ++levels;
            for (int k = q.size(); k > 0; --k) {
                TreeNode* n = q.front();
                q.pop();
                if (n->left) q.push(n->left);
                if (n->right) q.push(n->right);
            }
        }
        return levels;
    }
};
