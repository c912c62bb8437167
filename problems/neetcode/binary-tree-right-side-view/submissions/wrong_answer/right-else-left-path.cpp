// Classic mistake: walks one path, right child if there is one, else left; a deeper left subtree is missed.
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        for (TreeNode* node = root; node; node = node->right ? node->right : node->left)
            view.push_back(node->val);
        return view;
    }
};
