// Groups equal feature values, shifts residuals by r[0] (stable like centring) and maximises
// S_left^2/n_left + S_right^2/n_right, which is equivalent to minimising the error.
class Solution {
public:
    vector<double> boostingStep(vector<vector<double>>& X, vector<double>& y, vector<double>& F, double learningRate) {
        int n = X.size(), d = X[0].size();
        vector<double> r(n), s(n);
        for (int i = 0; i < n; ++i) r[i] = y[i] - F[i], s[i] = r[i] - (y[0] - F[0]);
        double total = 0;
        for (double v : s) total += v;
        bool found = false;
        double bestGain = 0, bestLo = 0;
        int bestJ = 0;
        for (int j = 0; j < d; ++j) {
            vector<pair<double, double>> vs(n);
            for (int i = 0; i < n; ++i) vs[i] = {X[i][j], s[i]};
            sort(vs.begin(), vs.end(), [](auto& a, auto& b) { return a.first < b.first; });
            double left = 0;
            int k = 0;
            while (k < n) {
                int e = k;
                while (e < n && vs[e].first == vs[k].first) left += vs[e++].second;
                if (e == n) break;
                double right = total - left;
                double gain = left * left / e + right * right / (n - e);
                if (!found || gain > bestGain) found = true, bestGain = gain, bestJ = j, bestLo = vs[k].first;
                k = e;
            }
        }
        vector<double> out(n);
        if (!found) {
            long double m = 0;
            for (double v : r) m += v;
            for (int i = 0; i < n; ++i) out[i] = F[i] + learningRate * (double)(m / n);
            return out;
        }
        long double sum[2] = {0, 0};
        int cnt[2] = {0, 0};
        for (int i = 0; i < n; ++i) {
            int side = X[i][bestJ] <= bestLo ? 0 : 1;
            sum[side] += r[i], cnt[side]++;
        }
        for (int i = 0; i < n; ++i) {
            int side = X[i][bestJ] <= bestLo ? 0 : 1;
            out[i] = F[i] + learningRate * (double)(sum[side] / cnt[side]);
        }
        return out;
    }
};
