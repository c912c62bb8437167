// Centred residuals in long double; the error is the sum of the two leaf errors, each Q - S^2/k.
class Solution {
public:
    vector<double> boostingStep(vector<vector<double>>& X, vector<double>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<long double> r(n), c(n);
        long double mean = 0;
        for (int i = 0; i < n; ++i) r[i] = (long double)(y[i] - F[i]), mean += r[i];
        mean /= n;
        long double S = 0, Q = 0;
        for (int i = 0; i < n; ++i) c[i] = r[i] - mean, S += c[i], Q += c[i] * c[i];
        int bestJ = -1;
        double bestThr = 0;
        long double bestErr = 0;
        for (int j = 0; j < d; ++j) {
            vector<int> idx(n);
            iota(idx.begin(), idx.end(), 0);
            stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
            long double sl = 0, ql = 0;
            for (int k = 1; k < n; ++k) {
                long double v = c[idx[k - 1]];
                sl += v, ql += v * v;
                double lo = X[idx[k - 1]][j], hi = X[idx[k]][j];
                if (!(lo < hi)) continue;
                long double sr = S - sl, qr = Q - ql;
                long double err = (ql - sl * sl / k) + (qr - sr * sr / (n - k));
                if (bestJ < 0 || err < bestErr) bestJ = j, bestErr = err, bestThr = lo + (hi - lo) / 2;
            }
        }
        vector<double> out(n);
        if (bestJ < 0) {
            for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * (double)mean;
            return out;
        }
        long double sum[2] = {0, 0};
        int cnt[2] = {0, 0};
        for (int i = 0; i < n; ++i) {
            int side = X[i][bestJ] <= bestThr ? 0 : 1;
            sum[side] += c[i], cnt[side]++;
        }
        for (int i = 0; i < n; ++i) {
            int side = X[i][bestJ] <= bestThr ? 0 : 1;
            out[i] = F[i] + learningRate * (double)(mean + sum[side] / cnt[side]);
        }
        return out;
    }
};
