// Sums the per-sample differences softplus(z + s) - softplus(z - s) in long double.
class Solution {
    static long double softplus(long double z) { return (z > 0 ? z : 0) + log1pl(expl(-fabsl(z))); }
public:
    vector<double> numericalGradient(vector<vector<double>>& A, vector<double>& w, double h) {
        int n = A.size(), d = w.size();
        vector<long double> z(n, 0);
        for (int i = 0; i < n; ++i)
            for (int t = 0; t < d; ++t) z[i] += (long double)A[i][t] * w[t];
        vector<double> out;
        long double worst = 0;
        for (int j = 0; j < d; ++j) {
            long double diff = 0, grad = 0;
            for (int i = 0; i < n; ++i) {
                long double s = (long double)h * A[i][j];
                diff += softplus(z[i] + s) - softplus(z[i] - s);
                grad += A[i][j] / (1 + expl(-z[i]));
            }
            long double num = diff / (2 * (long double)h);
            long double den = max(fabsl(num), fabsl(grad));
            if (den > 0) worst = max(worst, fabsl(num - grad) / den);
            out.push_back((double)num);
        }
        out.push_back((double)worst);
        return out;
    }
};
