// Sorts the (true, predicted) pairs and writes the length of each run of equal pairs.
class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        vector<pair<int, int>> pairs;
        for (size_t i = 0; i < yTrue.size(); ++i) pairs.push_back({yTrue[i], yPred[i]});
        sort(pairs.begin(), pairs.end());
        vector<vector<int>> m(numClasses, vector<int>(numClasses, 0));
        for (size_t i = 0, j; i < pairs.size(); i = j) {
            for (j = i; j < pairs.size() && pairs[j] == pairs[i]; ++j) {}
            m[pairs[i].first][pairs[i].second] = j - i;
        }
        return m;
    }
};
