// Classic mistake: compares each node with its parent only, not with the whole path above it.
class Solution {
    int count(TreeNode* node, int parent) {
        if (!node) return 0;
        return (node->val >= parent) + count(node->left, node->val) + count(node->right, node->val);
    }
public:
    int goodNodes(TreeNode* root) {
        return count(root, INT_MIN);
    }
};
