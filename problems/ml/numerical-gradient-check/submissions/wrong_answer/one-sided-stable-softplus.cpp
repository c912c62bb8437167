// Classic mistake: softplus(z) = z + log1p(exp(-z)) for every z; it overflows for very negative scores.
class Solution {
    static double softplus(double z) { return z + log1p(exp(-z)); }
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + exp(-z));
        double e = exp(z);
        return e / (1.0 + e);
    }

public:
    vector<double> numericalGradient(vector<vector<double>>& A, vector<double>& w, double h) {
        int n = A.size(), d = w.size();
        // Moving w_j by +-h moves every score z_i by +-h * A[i][j]; compute the scores once.
        vector<double> z(n, 0.0);
        for (int i = 0; i < n; ++i)
            for (int t = 0; t < d; ++t) z[i] += A[i][t] * w[t];
        vector<double> out(d + 1, 0.0);
        double worst = 0;
        for (int j = 0; j < d; ++j) {
            double plus = 0, minus = 0, grad = 0;
            for (int i = 0; i < n; ++i) {
                double step = h * A[i][j];
                plus += softplus(z[i] + step);
                minus += softplus(z[i] - step);
                grad += sigmoid(z[i]) * A[i][j];
            }
            double num = (plus - minus) / (2 * h);
            double den = max(fabs(num), fabs(grad));
            if (den > 0) worst = max(worst, fabs(num - grad) / den);  // both 0: r_j = 0
            out[j] = num;
        }
        out[d] = worst;
        return out;
    }
};
