// Classic mistake: sizes the matrix by the largest label seen + 1, dropping classes at the end that never occur.
class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        int c = 0;
        for (int v : yTrue) c = max(c, v + 1);
        for (int v : yPred) c = max(c, v + 1);
        vector<vector<int>> m(c, vector<int>(c, 0));
        for (size_t i = 0; i < yTrue.size(); ++i) ++m[yTrue[i]][yPred[i]];
        return m;
    }
};
