// Stores the assignment of every point, stops as soon as an iteration changes none, sums in long double.
class Solution {
public:
    vector<vector<double>> kMeans(vector<vector<double>>& X, vector<vector<double>>& initialCentroids, int iterations) {
        int n = X.size(), d = X[0].size(), K = initialCentroids.size();
        vector<vector<double>> C = initialCentroids;
        vector<int> owner(n, -1);
        for (int it = 0; it < iterations; ++it) {
            bool changed = false;
            for (int i = 0; i < n; ++i) {
                int best = -1;
                double bestDist = 0;
                for (int c = 0; c < K; ++c) {
                    double s = 0;
                    for (int j = 0; j < d; ++j) s += (X[i][j] - C[c][j]) * (X[i][j] - C[c][j]);
                    if (best < 0 || s < bestDist) best = c, bestDist = s;
                }
                if (owner[i] != best) owner[i] = best, changed = true;
            }
            if (!changed) break;
            vector<vector<long double>> sum(K, vector<long double>(d, 0.0L));
            vector<long long> count(K, 0);
            for (int i = 0; i < n; ++i) {
                count[owner[i]]++;
                for (int j = 0; j < d; ++j) sum[owner[i]][j] += X[i][j];
            }
            for (int c = 0; c < K; ++c) {
                if (count[c] == 0) continue;
                for (int j = 0; j < d; ++j) C[c][j] = (double)(sum[c][j] / count[c]);
            }
        }
        return C;
    }
};
