// Classic mistake: walks a single path (left child when there is one, else right)
// instead of exploring both subtrees.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        int d = 0;
        while (root) {
            ++d;
            root = root->left ? root->left : root->right;
        }
        return d;
    }
};
