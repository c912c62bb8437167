class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        int nTest = (int)ceil(n * testFraction);  // rounded up
        vector<int> test(permutation.begin(), permutation.begin() + nTest);
        vector<int> train(permutation.begin() + nTest, permutation.end());
        return {train, test};
    }
};
