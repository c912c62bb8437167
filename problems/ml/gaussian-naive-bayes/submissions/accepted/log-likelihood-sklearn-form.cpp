// scikit-learn's joint log likelihood: log prior - 0.5 sum log(2 pi var) - 0.5 sum (x - mu)^2 / var,
// variances as E[(x - mean)^2] from sums in long double; ties resolved by an explicit label comparison.
class Solution {
public:
    vector<int> gaussianNB(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX) {
        int n = trainX.size(), d = trainX[0].size();
        unordered_map<int, vector<int>> members;
        for (int i = 0; i < n; ++i) members[trainY[i]].push_back(i);
        vector<double> allVar(d);
        for (int j = 0; j < d; ++j) {
            long double s = 0;
            for (int i = 0; i < n; ++i) s += trainX[i][j];
            long double m = s / n, v = 0;
            for (int i = 0; i < n; ++i) v += (trainX[i][j] - m) * (trainX[i][j] - m);
            allVar[j] = (double)(v / n);
        }
        double eps = 1e-9 * *max_element(allVar.begin(), allVar.end());
        vector<int> labels;
        vector<vector<double>> mu, var;
        vector<double> logPrior;
        for (auto& [label, idx] : members) {
            vector<double> m(d), v(d);
            for (int j = 0; j < d; ++j) {
                long double s = 0;
                for (int i : idx) s += trainX[i][j];
                long double mean = s / idx.size(), ss = 0;
                for (int i : idx) ss += (trainX[i][j] - mean) * (trainX[i][j] - mean);
                m[j] = (double)mean;
                v[j] = (double)(ss / idx.size()) + eps;
            }
            labels.push_back(label), mu.push_back(m), var.push_back(v);
            logPrior.push_back(log((double)idx.size() / n));
        }
        vector<int> out;
        for (const auto& x : testX) {
            int best = -1;
            double bestScore = 0;
            for (size_t c = 0; c < labels.size(); ++c) {
                double a = 0, b = 0;
                for (int j = 0; j < d; ++j) {
                    a += log(2 * M_PI * var[c][j]);
                    b += (x[j] - mu[c][j]) * (x[j] - mu[c][j]) / var[c][j];
                }
                double score = logPrior[c] - 0.5 * a - 0.5 * b;
                if (best < 0 || score > bestScore || (score == bestScore && labels[c] < labels[best]))
                    best = c, bestScore = score;
            }
            out.push_back(labels[best]);
        }
        return out;
    }
};
