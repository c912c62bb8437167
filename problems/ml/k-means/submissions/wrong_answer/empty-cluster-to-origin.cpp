// Classic mistake: guards the division but sets an empty cluster's centroid to 0 instead of keeping it.
class Solution {
public:
    vector<vector<double>> kMeans(vector<vector<double>>& X, vector<vector<double>>& initialCentroids, int iterations) {
        int n = X.size(), d = X[0].size(), K = initialCentroids.size();
        vector<vector<double>> C = initialCentroids;
        vector<vector<double>> sum(K, vector<double>(d));
        vector<int> count(K);
        for (int it = 0; it < iterations; ++it) {
            for (auto& s : sum) fill(s.begin(), s.end(), 0.0);
            fill(count.begin(), count.end(), 0);
            // Assignment: nearest centroid by squared distance, the smaller index on a tie.
            for (int i = 0; i < n; ++i) {
                int best = 0;
                double bestDist = INFINITY;
                for (int c = 0; c < K; ++c) {
                    double s = 0;
                    for (int j = 0; j < d; ++j) {
                        double diff = X[i][j] - C[c][j];
                        s += diff * diff;
                    }
                    if (s < bestDist) bestDist = s, best = c;  // strict: the first minimum wins
                }
                count[best]++;
                for (int j = 0; j < d; ++j) sum[best][j] += X[i][j];
            }
            for (int c = 0; c < K; ++c)
                for (int j = 0; j < d; ++j) C[c][j] = count[c] ? sum[c][j] / count[c] : 0.0;
        }
        return C;
    }
};
