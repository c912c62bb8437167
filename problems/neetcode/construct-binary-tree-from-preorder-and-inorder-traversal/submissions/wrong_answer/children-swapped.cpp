// Classic mistake: mixes up the sides, hanging the subtree built from the left block on the right and vice versa.
class Solution {
    unordered_map<int, int> where;
    TreeNode* build(vector<int>& pre, int preL, int preR, int inL, int inR) {
        if (preL > preR) return nullptr;
        TreeNode* node = new TreeNode(pre[preL]);
        int mid = where[pre[preL]];
        int leftSize = mid - inL;
        node->right = build(pre, preL + 1, preL + leftSize, inL, mid - 1);
        node->left = build(pre, preL + leftSize + 1, preR, mid + 1, inR);
        return node;
    }
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        for (int i = 0; i < (int)inorder.size(); ++i) where[inorder[i]] = i;
        int n = preorder.size();
        return build(preorder, 0, n - 1, 0, n - 1);
    }
};
