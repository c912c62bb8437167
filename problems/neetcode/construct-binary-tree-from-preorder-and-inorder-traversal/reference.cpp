class Solution {
    unordered_map<int, int> where;  // value -> index in inorder
    int next = 0;                   // next unused position of preorder

    // Builds the subtree whose in-order block is inorder[lo..hi].
    TreeNode* build(vector<int>& preorder, int lo, int hi) {
        if (lo > hi) return nullptr;
        TreeNode* node = new TreeNode(preorder[next++]);
        int mid = where[node->val];
        node->left = build(preorder, lo, mid - 1);
        node->right = build(preorder, mid + 1, hi);
        return node;
    }
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        for (int i = 0; i < (int)inorder.size(); ++i) where[inorder[i]] = i;
        next = 0;
        return build(preorder, 0, (int)inorder.size() - 1);
    }
};
