// Classic mistake: ignores inorder and inserts the preorder values into a binary search tree.
class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        TreeNode* root = new TreeNode(preorder[0]);
        for (size_t i = 1; i < preorder.size(); ++i) {
            TreeNode* node = root;
            for (;;) {
                TreeNode*& next = preorder[i] < node->val ? node->left : node->right;
                if (!next) { next = new TreeNode(preorder[i]); break; }
                node = next;
            }
        }
        return root;
    }
};
