// Brute force: for every distinct score, counts the samples at or above it again: O(n * distinct scores).
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size(), P = 0;
        for (int y : yTrue) P += y;
        int N = n - P;
        set<double, greater<double>> thresholds(scores.begin(), scores.end());
        vector<vector<double>> out = {{0.0, 0.0}};
        for (double t : thresholds) {
            int tp = 0, fp = 0;
            for (int i = 0; i < n; ++i)
                if (scores[i] >= t) {
                    if (yTrue[i] == 1) ++tp;
                    else ++fp;
                }
            out.push_back({(double)fp / N, (double)tp / P});
        }
        return out;
    }
};
