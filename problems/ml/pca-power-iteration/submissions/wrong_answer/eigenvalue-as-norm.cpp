// Classic mistake: takes lambda = ||C v|| instead of v^T C v; equal only once v has converged.
class Solution {
public:
    vector<vector<double>> pcaPowerIteration(vector<vector<double>>& X, int k, int iterations) {
        int n = X.size(), d = X[0].size();
        // Centre every feature, then the population covariance C = Xc^T Xc / n.
        vector<double> mean(d, 0.0);
        for (auto& row : X)
            for (int j = 0; j < d; ++j) mean[j] += row[j];
        for (double& m : mean) m /= n;
        vector<vector<double>> C(d, vector<double>(d, 0.0));
        vector<double> xc(d);
        for (auto& row : X) {
            for (int j = 0; j < d; ++j) xc[j] = row[j] - mean[j];
            for (int a = 0; a < d; ++a)
                for (int b = 0; b < d; ++b) C[a][b] += xc[a] * xc[b];
        }
        for (auto& r : C)
            for (double& c : r) c /= n;

        auto multiply = [&](const vector<double>& v) {
            vector<double> w(d, 0.0);
            for (int a = 0; a < d; ++a)
                for (int b = 0; b < d; ++b) w[a] += C[a][b] * v[b];
            return w;
        };
        vector<vector<double>> components;
        for (int c = 0; c < k; ++c) {
            vector<double> v(d, 1.0);  // start from all ones
            for (int it = 0; it < iterations; ++it) {
                vector<double> w = multiply(v);
                double norm = 0;
                for (double x : w) norm += x * x;
                norm = sqrt(norm);
                for (int j = 0; j < d; ++j) v[j] = w[j] / norm;  // normalise every iteration
            }
            vector<double> Cv = multiply(v);
            double lambda = 0;  // Rayleigh quotient v^T C v (v has norm 1)
            for (int j = 0; j < d; ++j) lambda += Cv[j] * Cv[j];
            lambda = sqrt(lambda);
            int big = 0;        // sign: the entry of largest magnitude (first one) is positive
            for (int j = 1; j < d; ++j)
                if (fabs(v[j]) > fabs(v[big])) big = j;
            if (v[big] < 0)
                for (double& x : v) x = -x;
            for (int a = 0; a < d; ++a)  // deflation: C <- C - lambda v v^T
                for (int b = 0; b < d; ++b) C[a][b] -= lambda * v[a] * v[b];
            components.push_back(v);
        }
        return components;
    }
};
