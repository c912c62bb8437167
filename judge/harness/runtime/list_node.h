// LeetCode's singly-linked list node, exactly as LeetCode defines it, and its
// literal form: [1,2,3] is 1 -> 2 -> 3, [] is nullptr.
// This header is what a solution sees; list_node_io.h reads and prints the form.
#pragma once
#include <vector>

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
