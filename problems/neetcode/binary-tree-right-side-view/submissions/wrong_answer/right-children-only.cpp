// Classic mistake: follows only right children, missing rows reached only through a left child.
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        for (TreeNode* node = root; node; node = node->right) view.push_back(node->val);
        return view;
    }
};
