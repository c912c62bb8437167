// Brute force: for every feature and threshold, rescans all samples twice (leaf means, then
// squared errors): O(d * n^2), about 4*10^10 steps at n = 10^5.
class Solution {
public:
    vector<double> boostingStep(vector<vector<double>>& X, vector<double>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<double> r(n);
        for (int i = 0; i < n; ++i) r[i] = y[i] - F[i];
        int bestJ = -1;
        double bestT = 0, bestErr = 0;
        for (int j = 0; j < d; ++j) {
            vector<double> vals(n);
            for (int i = 0; i < n; ++i) vals[i] = X[i][j];
            sort(vals.begin(), vals.end());
            vals.erase(unique(vals.begin(), vals.end()), vals.end());
            for (size_t k = 0; k + 1 < vals.size(); ++k) {
                double t = (vals[k] + vals[k + 1]) / 2;
                double sum[2] = {0, 0};
                int cnt[2] = {0, 0};
                for (int i = 0; i < n; ++i) {
                    int s = X[i][j] <= t ? 0 : 1;
                    sum[s] += r[i], cnt[s]++;
                }
                double m[2] = {sum[0] / cnt[0], sum[1] / cnt[1]};
                double err = 0;
                for (int i = 0; i < n; ++i) {
                    double e = r[i] - m[X[i][j] <= t ? 0 : 1];
                    err += e * e;
                }
                if (bestJ < 0 || err < bestErr) bestJ = j, bestT = t, bestErr = err;
            }
        }
        vector<double> out(n);
        double sum[2] = {0, 0};
        int cnt[2] = {0, 0};
        for (int i = 0; i < n; ++i) {
            int s = bestJ < 0 ? 0 : (X[i][bestJ] <= bestT ? 0 : 1);
            sum[s] += r[i], cnt[s]++;
        }
        for (int i = 0; i < n; ++i) {
            int s = bestJ < 0 ? 0 : (X[i][bestJ] <= bestT ? 0 : 1);
            out[i] = F[i] + learningRate * (sum[s] / cnt[s]);
        }
        return out;
    }
};
