// Classic mistake: no var_smoothing epsilon, so a feature constant within a class divides by a zero variance.
class Solution {
public:
    vector<int> gaussianNB(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX) {
        int n = trainX.size(), d = trainX[0].size();
        // Classes in increasing label order, so a strict > keeps the smallest label on a tie.
        vector<int> labels(trainY);
        sort(labels.begin(), labels.end());
        labels.erase(unique(labels.begin(), labels.end()), labels.end());
        int K = labels.size();
        vector<int> cls(n);
        for (int i = 0; i < n; ++i) cls[i] = lower_bound(labels.begin(), labels.end(), trainY[i]) - labels.begin();

        // Two passes: means, then population variances, per class and over the whole set.
        vector<vector<double>> mean(K, vector<double>(d, 0.0)), var(K, vector<double>(d, 0.0));
        vector<double> allMean(d, 0.0), allVar(d, 0.0);
        vector<int> count(K, 0);
        for (int i = 0; i < n; ++i) {
            count[cls[i]]++;
            for (int j = 0; j < d; ++j) mean[cls[i]][j] += trainX[i][j], allMean[j] += trainX[i][j];
        }
        for (int c = 0; c < K; ++c)
            for (int j = 0; j < d; ++j) mean[c][j] /= count[c];
        for (int j = 0; j < d; ++j) allMean[j] /= n;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) {
                double a = trainX[i][j] - mean[cls[i]][j], b = trainX[i][j] - allMean[j];
                var[cls[i]][j] += a * a;
                allVar[j] += b * b;
            }
        double eps = 0;
        // Per class: log prior - 1/2 sum log(2 pi var); the test point adds - sum (x - mu)^2 / (2 var).
        vector<double> base(K);
        for (int c = 0; c < K; ++c) {
            base[c] = log((double)count[c] / n);
            for (int j = 0; j < d; ++j) {
                var[c][j] = var[c][j] / count[c] + eps;
                base[c] -= 0.5 * log(2 * M_PI * var[c][j]);
            }
        }
        vector<int> out;
        out.reserve(testX.size());
        for (const auto& x : testX) {
            int best = 0;
            double bestScore = -INFINITY;
            for (int c = 0; c < K; ++c) {
                double s = base[c];
                for (int j = 0; j < d; ++j) {
                    double diff = x[j] - mean[c][j];
                    s -= diff * diff / (2 * var[c][j]);
                }
                if (s > bestScore) bestScore = s, best = c;
            }
            out.push_back(labels[best]);
        }
        return out;
    }
};
