// Rotates the permutation so the test prefix moves to the back, then cuts it into two vectors.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        size_t nTest = (size_t)ceil(permutation.size() * testFraction);
        vector<int> p(permutation);
        rotate(p.begin(), p.begin() + nTest, p.end());
        vector<int> test(p.end() - nTest, p.end());
        p.resize(p.size() - nTest);
        return {p, test};
    }
};
