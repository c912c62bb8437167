// LeetCode's list node with a random pointer (copy-list-with-random-pointer),
// exactly as LeetCode defines it, and its literal form: [[val, random], ...]
// in next order, random being the index of the target node or null.
// This header is what a solution sees; random_node_io.h reads and prints the form.
#pragma once
#include <vector>

class Node {
public:
    int val;
    Node* next;
    Node* random;
    
    Node(int _val) {
        val = _val;
        next = NULL;
        random = NULL;
    }
};
