// Rescales by the largest absolute entry inside the loop (any positive factor gives the same
// direction) and takes the Euclidean norm once at the end; covariance accumulated in long double.
class Solution {
public:
    vector<vector<double>> pcaPowerIteration(vector<vector<double>>& X, int k, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<long double> mean(d, 0);
        for (auto& r : X)
            for (int j = 0; j < d; ++j) mean[j] += r[j];
        for (auto& m : mean) m /= n;
        vector<vector<long double>> C(d, vector<long double>(d, 0));
        for (auto& r : X)
            for (int a = 0; a < d; ++a)
                for (int b = 0; b < d; ++b) C[a][b] += (r[a] - mean[a]) * (r[b] - mean[b]);
        for (auto& row : C)
            for (auto& x : row) x /= n;
        vector<vector<double>> res;
        for (int c = 0; c < k; ++c) {
            vector<long double> v(d, 1), w(d);
            for (int it = 0; it < iterations; ++it) {
                long double mx = 0;
                for (int a = 0; a < d; ++a) {
                    w[a] = 0;
                    for (int b = 0; b < d; ++b) w[a] += C[a][b] * v[b];
                    mx = max(mx, fabsl(w[a]));
                }
                for (int a = 0; a < d; ++a) v[a] = w[a] / mx;
            }
            long double nr = 0;
            for (auto x : v) nr += x * x;
            nr = sqrtl(nr);
            for (auto& x : v) x /= nr;
            long double lambda = 0;
            for (int a = 0; a < d; ++a)
                for (int b = 0; b < d; ++b) lambda += v[a] * C[a][b] * v[b];
            int big = 0;
            for (int j = 1; j < d; ++j)
                if (fabsl(v[j]) > fabsl(v[big])) big = j;
            if (v[big] < 0)
                for (auto& x : v) x = -x;
            for (int a = 0; a < d; ++a)
                for (int b = 0; b < d; ++b) C[a][b] -= lambda * v[a] * v[b];
            res.emplace_back(v.begin(), v.end());
        }
        return res;
    }
};
