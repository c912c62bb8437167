// LeetCode's undirected-graph node (clone-graph), exactly as LeetCode defines
// it, and its literal form: an adjacency list where node i+1 has the
// neighbours listed at index i ([[2],[1]] is 1 - 2); the function receives
// node 1, and [] is nullptr.
// This header is what a solution sees; graph_node_io.h reads and prints the form.
#pragma once
#include <vector>

class Node {
public:
    int val;
    vector<Node*> neighbors;
    Node() {
        val = 0;
        neighbors = vector<Node*>();
    }
    Node(int _val) {
        val = _val;
        neighbors = vector<Node*>();
    }
    Node(int _val, vector<Node*> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
};
