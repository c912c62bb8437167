// BFS with two vectors: the current level's nodes build the next level's.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<TreeNode*> cur;
        if (root) cur.push_back(root);
        while (!cur.empty()) {
            vector<TreeNode*> next;
            vector<int> vals;
            for (TreeNode* n : cur) {
                vals.push_back(n->val);
                if (n->left) next.push_back(n->left);
                if (n->right) next.push_back(n->right);
            }
            levels.push_back(vals);
            cur.swap(next);
        }
        return levels;
    }
};
