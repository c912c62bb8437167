// Counts into one flat array indexed yTrue * C + yPred, then cuts it into rows.
class Solution {
public:
    vector<vector<int>> confusionMatrix(vector<int>& yTrue, vector<int>& yPred, int numClasses) {
        int c = numClasses;
        vector<int> flat(c * c, 0);
        for (size_t i = 0; i < yTrue.size(); ++i) flat[yTrue[i] * c + yPred[i]]++;
        vector<vector<int>> m;
        for (int r = 0; r < c; ++r) m.emplace_back(flat.begin() + r * c, flat.begin() + (r + 1) * c);
        return m;
    }
};
