// Searches the inorder range for every root: O(n^2) = 9*10^6 steps at n = 3000, fast enough.
class Solution {
    TreeNode* build(vector<int>& pre, int preL, vector<int>& in, int inL, int inR) {
        if (inL > inR) return nullptr;
        TreeNode* node = new TreeNode(pre[preL]);
        int mid = inL;
        while (in[mid] != pre[preL]) ++mid;
        int leftSize = mid - inL;
        node->left = build(pre, preL + 1, in, inL, mid - 1);
        node->right = build(pre, preL + 1 + leftSize, in, mid + 1, inR);
        return node;
    }
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        return build(preorder, 0, inorder, 0, (int)inorder.size() - 1);
    }
};
