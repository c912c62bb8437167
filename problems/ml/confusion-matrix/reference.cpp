class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        // Row = true class, column = predicted class; every class has a row and a column.
        vector<vector<int>> m(numClasses, vector<int>(numClasses, 0));
        for (size_t i = 0; i < yTrue.size(); ++i) ++m[yTrue[i]][yPred[i]];
        return m;
    }
};
