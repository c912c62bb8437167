// Classic mistake: takes the test set from the end of the permutation instead of its start.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        int nTest = (int)ceil(n * testFraction);
        vector<int> train(permutation.begin(), permutation.end() - nTest);
        vector<int> test(permutation.end() - nTest, permutation.end());
        return {train, test};
    }
};
