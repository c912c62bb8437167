// Classic mistake: like scikit-learn's default labels, keeps only the classes that occur (sorted) and drops the others.
class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        set<int> seen(yTrue.begin(), yTrue.end());
        seen.insert(yPred.begin(), yPred.end());
        map<int, int> idx;
        for (int v : seen) idx[v] = idx.size();
        int c = idx.size();
        vector<vector<int>> m(c, vector<int>(c, 0));
        for (size_t i = 0; i < yTrue.size(); ++i) ++m[idx[yTrue[i]]][idx[yPred[i]]];
        return m;
    }
};
