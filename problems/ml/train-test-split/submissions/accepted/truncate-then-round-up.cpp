// Rounds up by hand: truncate the product, add one if something was cut off; then one pass over the permutation.
class Solution {
public:
    vector<vector<int>> trainTestSplit(vector<int>& permutation, double testFraction) {
        int n = permutation.size();
        double product = n * testFraction;
        int nTest = (int)product;
        if (nTest < product) ++nTest;
        vector<vector<int>> out(2);
        out[0].reserve(n - nTest);
        out[1].reserve(nTest);
        for (int i = 0; i < n; ++i) out[i < nTest ? 1 : 0].push_back(permutation[i]);
        return out;
    }
};
