// Breadth-first search over pairs of nodes in matching positions.
class Solution {
public:
    bool isSameTree(TreeNode* p, TreeNode* q) {
        queue<pair<TreeNode*, TreeNode*>> pending;
        pending.push({p, q});
        while (!pending.empty()) {
            auto [a, b] = pending.front();
            pending.pop();
            if (!a && !b) continue;
            if (!a || !b || a->val != b->val) return false;
            pending.push({a->left, b->left});
            pending.push({a->right, b->right});
        }
        return true;
    }
};
