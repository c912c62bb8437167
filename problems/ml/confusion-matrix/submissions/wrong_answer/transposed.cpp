// Classic mistake: rows indexed by the predicted class and columns by the true class (the transpose).
class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        vector<vector<int>> m(numClasses, vector<int>(numClasses, 0));
        for (size_t i = 0; i < yTrue.size(); ++i) ++m[yPred[i]][yTrue[i]];
        return m;
    }
};
