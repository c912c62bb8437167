// Classic mistake: <= when comparing errors, so a tie goes to the last feature and largest threshold.
class Solution {
public:
    vector<double> boostingStep(vector<vector<double>>& X, vector<double>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<double> r(n);
        double mean = 0;
        for (int i = 0; i < n; ++i) r[i] = y[i] - F[i], mean += r[i];
        mean /= n;
        double fix = 0;  // second pass: corrects the rounding of the first mean
        for (int i = 0; i < n; ++i) fix += r[i] - mean;
        mean += fix / n;
        // Centre the residuals: errors are shift-invariant, and sum(c^2) - S^2/k no longer cancels
        // catastrophically when all residuals share a large offset.
        vector<double> c(n);
        double total = 0, sq = 0;
        for (int i = 0; i < n; ++i) c[i] = r[i] - mean, total += c[i], sq += c[i] * c[i];

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
                if (lo == hi) continue;  // a threshold cannot separate equal values
                double right = total - left;
                double err = sq - left * left / k - right * right / (n - k);
                if (err <= bestErr) bestErr = err, bestFeature = j, bestLeftMax = lo;  // strict: first wins ties
            }
        }

        vector<double> out(n);
        if (bestFeature < 0) {  // every feature constant: the stump is the mean residual
            for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * mean;
            return out;
        }
        // x <= (lo + hi) / 2 is the same as x <= lo for the values present.
        double sum[2] = {0, 0};
        int cnt[2] = {0, 0};
        for (int i = 0; i < n; ++i) {
            int side = X[i][bestFeature] <= bestLeftMax ? 0 : 1;
            sum[side] += c[i], cnt[side]++;
        }
        double leaf[2] = {mean + sum[0] / cnt[0], mean + sum[1] / cnt[1]};
        for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * leaf[X[i][bestFeature] <= bestLeftMax ? 0 : 1];
        return out;
    }
};
