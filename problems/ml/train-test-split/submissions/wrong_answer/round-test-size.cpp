// Classic mistake: the test size is rounded to the nearest integer instead of up.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        int nTest = (int)round(n * testFraction);
        vector<int> test(permutation.begin(), permutation.begin() + nTest);
        vector<int> train(permutation.begin() + nTest, permutation.end());
        return {train, test};
    }
};
