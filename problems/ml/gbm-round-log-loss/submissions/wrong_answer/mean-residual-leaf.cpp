// Classic mistake: leaf value = mean residual (the squared-loss rule) instead of the Newton step sum(r) / sum(p(1-p)).
class Solution {
public:
    vector<double> boostingRoundLogLoss(vector<vector<double>>& X, vector<int>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        // Negative gradient of the log loss at the raw scores F, and the Hessian p(1 - p).
        vector<double> r(n), h(n);
        for (int i = 0; i < n; ++i) {
            double p = 1.0 / (1.0 + exp(-F[i]));
            r[i] = y[i] - p;
            h[i] = p * (1.0 - p);
        }
        double mean = 0;
        for (double v : r) mean += v;
        mean /= n;
        vector<double> c(n);
        double total = 0, sq = 0;
        for (int i = 0; i < n; ++i) c[i] = r[i] - mean, total += c[i], sq += c[i] * c[i];

        // Least-squares stump on the residuals.
        double bestErr = INFINITY, bestLeftMax = 0;
        int bestFeature = -1;
        vector<int> idx(n);
        for (int j = 0; j < d; ++j) {
            iota(idx.begin(), idx.end(), 0);
            sort(idx.begin(), idx.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
            double left = 0;
            for (int k = 1; k < n; ++k) {  // k samples go left
                left += c[idx[k - 1]];
                double lo = X[idx[k - 1]][j], hi = X[idx[k]][j];
                if (lo == hi) continue;
                double right = total - left;
                double err = sq - left * left / k - right * right / (n - k);
                if (err < bestErr) bestErr = err, bestFeature = j, bestLeftMax = lo;  // strict: first wins ties
            }
        }
        // x <= (lo + hi) / 2 is the same as x <= lo for the values present.
        auto side = [&](int i) { return bestFeature >= 0 && X[i][bestFeature] > bestLeftMax ? 1 : 0; };
        // Newton leaf values: sum of residuals / sum of Hessians.
        double num[2] = {0, 0}, den[2] = {0, 0};
        for (int i = 0; i < n; ++i) num[side(i)] += r[i], den[side(i)] += 1;
        vector<double> out(n);
        for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * num[side(i)] / den[side(i)];
        return out;
    }
};
