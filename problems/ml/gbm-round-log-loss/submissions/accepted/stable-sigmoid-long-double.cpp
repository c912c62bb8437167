// Piecewise sigmoid that never exponentiates a positive number, Hessian as e/(1+e)^2, and
// uncentered long double running sums; the best split stores its leaf sums directly.
class Solution {
public:
    vector<double> boostingRoundLogLoss(vector<vector<double>>& X, vector<int>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<long double> r(n), h(n);
        for (int i = 0; i < n; ++i) {
            long double e = expl(-fabsl((long double)F[i]));  // in (0, 1]
            long double p = F[i] >= 0 ? 1 / (1 + e) : e / (1 + e);
            r[i] = y[i] - p;
            h[i] = e / ((1 + e) * (1 + e));
        }
        long double S = 0, Q = 0, H = 0;
        for (int i = 0; i < n; ++i) S += r[i], Q += r[i] * r[i], H += h[i];
        long double best = INFINITY, bestNumL = 0, bestDenL = 0;
        int bestF = -1;
        double bestT = 0;
        vector<pair<double, int>> col(n);
        for (int j = 0; j < d; ++j) {
            for (int i = 0; i < n; ++i) col[i] = {X[i][j], i};
            sort(col.begin(), col.end());
            long double sl = 0, hl = 0;
            for (int k = 1; k < n; ++k) {
                sl += r[col[k - 1].second], hl += h[col[k - 1].second];
                if (col[k - 1].first == col[k].first) continue;
                long double err = Q - sl * sl / k - (S - sl) * (S - sl) / (n - k);
                if (err < best) best = err, bestF = j, bestT = (col[k - 1].first + col[k].first) / 2, bestNumL = sl, bestDenL = hl;
            }
        }
        vector<double> out(n);
        if (bestF < 0) {
            for (int i = 0; i < n; ++i) out[i] = (double)(F[i] + learningRate * (S / H));
            return out;
        }
        long double gl = bestNumL / bestDenL, gr = (S - bestNumL) / (H - bestDenL);
        for (int i = 0; i < n; ++i) out[i] = (double)(F[i] + learningRate * (X[i][bestF] <= bestT ? gl : gr));
        return out;
    }
};
