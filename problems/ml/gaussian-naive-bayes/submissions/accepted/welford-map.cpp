// One pass per class with Welford's running mean/variance; classes in a std::map (ordered by label).
class Solution {
    struct Stats {
        long long n = 0;
        vector<double> mean, m2;
    };

public:
    vector<int> gaussianNB(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX) {
        int n = trainX.size(), d = trainX[0].size();
        map<int, Stats> classes;
        Stats all;
        auto add = [&](Stats& s, const vector<double>& x) {
            if (s.n == 0) s.mean.assign(d, 0.0), s.m2.assign(d, 0.0);
            s.n++;
            for (int j = 0; j < d; ++j) {
                double delta = x[j] - s.mean[j];
                s.mean[j] += delta / s.n;
                s.m2[j] += delta * (x[j] - s.mean[j]);
            }
        };
        for (int i = 0; i < n; ++i) add(classes[trainY[i]], trainX[i]), add(all, trainX[i]);
        double maxVar = 0;
        for (int j = 0; j < d; ++j) maxVar = max(maxVar, all.m2[j] / n);
        double eps = 1e-9 * maxVar;
        vector<int> out;
        for (const auto& x : testX) {
            int best = 0;
            double bestScore = -INFINITY;
            for (auto& [label, s] : classes) {
                double score = log((double)s.n / n);
                for (int j = 0; j < d; ++j) {
                    double var = s.m2[j] / s.n + eps;
                    double diff = x[j] - s.mean[j];
                    score += -0.5 * log(2 * M_PI * var) - diff * diff / (2 * var);
                }
                if (score > bestScore) bestScore = score, best = label;
            }
            out.push_back(best);
        }
        return out;
    }
};
