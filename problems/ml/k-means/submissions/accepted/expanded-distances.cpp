// Vectorised form: ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2; the point's own ||x||^2 is the same for every centroid and dropped.
// Cluster means are kept as running means (mean += (x - mean) / count).
class Solution {
public:
    vector<vector<double>> kMeans(vector<vector<double>>& X, vector<vector<double>>& initialCentroids, int iterations) {
        int n = X.size(), d = X[0].size(), K = initialCentroids.size();
        vector<vector<double>> C = initialCentroids;
        for (int it = 0; it < iterations; ++it) {
            vector<double> norm(K, 0.0);
            for (int c = 0; c < K; ++c)
                for (int j = 0; j < d; ++j) norm[c] += C[c][j] * C[c][j];
            vector<vector<double>> mean(K, vector<double>(d, 0.0));
            vector<int> count(K, 0);
            for (int i = 0; i < n; ++i) {
                int best = 0;
                double bestScore = 0;
                for (int c = 0; c < K; ++c) {
                    double dot = 0;
                    for (int j = 0; j < d; ++j) dot += X[i][j] * C[c][j];
                    double score = norm[c] - 2 * dot;
                    if (c == 0 || score < bestScore) best = c, bestScore = score;
                }
                int k = ++count[best];
                for (int j = 0; j < d; ++j) mean[best][j] += (X[i][j] - mean[best][j]) / k;
            }
            for (int c = 0; c < K; ++c)
                if (count[c]) C[c] = mean[c];
        }
        return C;
    }
};
