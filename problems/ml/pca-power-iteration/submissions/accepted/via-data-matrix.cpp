// Never forms C: C v = Xc^T (Xc v) / n, and the deflated matrix is applied as
// C v - sum_j lambda_j v_j (v_j . v) over the components found so far.
class Solution {
public:
    vector<vector<double>> pcaPowerIteration(vector<vector<double>>& X, int k, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> Xc = X;
        for (int j = 0; j < d; ++j) {
            double m = 0;
            for (int i = 0; i < n; ++i) m += X[i][j];
            m /= n;
            for (int i = 0; i < n; ++i) Xc[i][j] -= m;
        }
        vector<vector<double>> found;
        vector<double> lambdas;
        auto apply = [&](const vector<double>& v) {
            vector<double> out(d, 0.0);
            for (int i = 0; i < n; ++i) {
                double p = 0;
                for (int j = 0; j < d; ++j) p += Xc[i][j] * v[j];
                for (int j = 0; j < d; ++j) out[j] += Xc[i][j] * p;
            }
            for (double& x : out) x /= n;
            for (size_t c = 0; c < found.size(); ++c) {
                double p = 0;
                for (int j = 0; j < d; ++j) p += found[c][j] * v[j];
                for (int j = 0; j < d; ++j) out[j] -= lambdas[c] * found[c][j] * p;
            }
            return out;
        };
        for (int c = 0; c < k; ++c) {
            vector<double> v(d, 1.0);
            for (int it = 0; it < iterations; ++it) {
                vector<double> w = apply(v);
                double nr = 0;
                for (double x : w) nr += x * x;
                nr = sqrt(nr);
                for (int j = 0; j < d; ++j) v[j] = w[j] / nr;
            }
            vector<double> Cv = apply(v);
            double lambda = 0;
            for (int j = 0; j < d; ++j) lambda += v[j] * Cv[j];
            int big = 0;
            for (int j = 1; j < d; ++j)
                if (fabs(v[j]) > fabs(v[big])) big = j;
            if (v[big] < 0)
                for (double& x : v) x = -x;
            found.push_back(v);
            lambdas.push_back(lambda);
        }
        return found;
    }
};
