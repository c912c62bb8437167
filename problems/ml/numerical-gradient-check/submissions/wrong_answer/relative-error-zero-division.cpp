// Classic mistake: no guard in the relative error; a weight with both gradients 0 gives 0/0 = nan, which max_element keeps when it comes first.
class Solution {
    static double softplus(double z) { return max(z, 0.0) + log1p(exp(-fabs(z))); }
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + exp(-z));
        double e = exp(z);
        return e / (1.0 + e);
    }

public:
    vector<double> numericalGradient(vector<vector<double>>& A, vector<double>& w, double h) {
        int n = A.size(), d = w.size();
        vector<double> z(n, 0.0);
        for (int i = 0; i < n; ++i)
            for (int t = 0; t < d; ++t) z[i] += A[i][t] * w[t];
        vector<double> out(d), rel(d);
        for (int j = 0; j < d; ++j) {
            double plus = 0, minus = 0, grad = 0;
            for (int i = 0; i < n; ++i) {
                plus += softplus(z[i] + h * A[i][j]);
                minus += softplus(z[i] - h * A[i][j]);
                grad += sigmoid(z[i]) * A[i][j];
            }
            out[j] = (plus - minus) / (2 * h);
            rel[j] = fabs(out[j] - grad) / max(fabs(out[j]), fabs(grad));
        }
        out.push_back(*max_element(rel.begin(), rel.end()));
        return out;
    }
};
