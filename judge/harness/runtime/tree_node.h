// LeetCode's binary tree node, exactly as LeetCode defines it, and its literal
// form: level order with null for a missing child, trailing nulls dropped
// ([1,null,2,3] is 1 with right child 2, whose left child is 3).
// This header is what a solution sees; tree_node_io.h reads and prints the form.
#pragma once
#include <vector>

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
