// Classic mistake: returns the given node itself, which is not a copy at all.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        return node;
    }
};
