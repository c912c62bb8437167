// Shifts residuals by the first one before the sweep (errors are shift-invariant), picks the split,
// then recomputes both sides' residual and Hessian sums with a second pass.
class Solution {
public:
    vector<double> boostingRoundLogLoss(vector<vector<double>>& X, vector<int>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<double> p(n), r(n), s(n);
        for (int i = 0; i < n; ++i) p[i] = 1.0 / (1.0 + exp(-F[i])), r[i] = y[i] - p[i];
        for (int i = 0; i < n; ++i) s[i] = r[i] - r[0];
        double tot = 0, sq = 0;
        for (double v : s) tot += v, sq += v * v;
        double best = INFINITY, bestT = 0;
        int bestF = -1;
        vector<int> idx(n);
        for (int j = 0; j < d; ++j) {
            iota(idx.begin(), idx.end(), 0);
            stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
            double sl = 0;
            for (int k = 1; k < n; ++k) {
                sl += s[idx[k - 1]];
                double a = X[idx[k - 1]][j], b = X[idx[k]][j];
                if (a == b) continue;
                double sr = tot - sl;
                double err = sq - sl * sl / k - sr * sr / (n - k);
                if (err < best) best = err, bestF = j, bestT = a + (b - a) / 2;
            }
        }
        double num[2] = {0, 0}, den[2] = {0, 0};
        auto side = [&](int i) { return bestF >= 0 && !(X[i][bestF] <= bestT); };
        for (int i = 0; i < n; ++i) num[side(i)] += r[i], den[side(i)] += p[i] * (1 - p[i]);
        vector<double> out(n);
        for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * (num[side(i)] / den[side(i)]);
        return out;
    }
};
