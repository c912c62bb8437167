// Sorts (score, label) pairs ascending and walks from the end, closing a point where the score changes.
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = scores.size();
        vector<pair<double, int>> v(n);
        for (int i = 0; i < n; ++i) v[i] = {scores[i], yTrue[i]};
        sort(v.begin(), v.end());
        double P = 0;
        for (int y : yTrue) P += y;
        double N = n - P, tp = 0, fp = 0;
        vector<vector<double>> out = {{0.0, 0.0}};
        for (int i = n - 1; i >= 0; --i) {
            if (v[i].second) tp += 1;
            else fp += 1;
            if (i == 0 || v[i - 1].first != v[i].first) out.push_back({fp / N, tp / P});
        }
        return out;
    }
};
