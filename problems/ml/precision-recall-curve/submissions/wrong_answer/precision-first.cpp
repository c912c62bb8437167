// Points as [precision, recall]: the axes swapped.
class Solution {
public:
    vector<vector<double>> precisionRecallCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        long long P = count(yTrue.begin(), yTrue.end(), 1);
        vector<vector<double>> curve = {{0.0, 1.0}};
        long long tp = 0, predicted = 0;
        for (int i = 0; i < n;) {
            // Equal scores cannot be separated by a threshold: one point per group.
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) tp += yTrue[idx[j]], ++predicted;
            curve.push_back({(double)tp / predicted, (double)tp / P});
            i = j;
        }
        return curve;
    }
};
