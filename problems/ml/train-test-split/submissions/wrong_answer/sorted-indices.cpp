// Classic mistake: sorts each part, losing the shuffled order of the permutation.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        int nTest = (int)ceil(n * testFraction);
        vector<int> test(permutation.begin(), permutation.begin() + nTest);
        vector<int> train(permutation.begin() + nTest, permutation.end());
        sort(test.begin(), test.end());
        sort(train.begin(), train.end());
        return {train, test};
    }
};
