// Classic mistake: the test size is rounded down (int cast) instead of up.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        int nTest = (int)(n * testFraction);
        vector<int> test(permutation.begin(), permutation.begin() + nTest);
        vector<int> train(permutation.begin() + nTest, permutation.end());
        return {train, test};
    }
};
