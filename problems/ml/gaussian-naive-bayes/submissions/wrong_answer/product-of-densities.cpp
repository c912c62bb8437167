// Classic mistake: multiplies the densities instead of adding log-densities; far points and many features underflow to 0 for every class.
class Solution {
public:
    vector<int> gaussianNB(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX) {
        int n = trainX.size(), d = trainX[0].size();
        map<int, vector<int>> members;
        for (int i = 0; i < n; ++i) members[trainY[i]].push_back(i);
        double maxVar = 0;
        for (int j = 0; j < d; ++j) {
            double m = 0, v = 0;
            for (int i = 0; i < n; ++i) m += trainX[i][j];
            m /= n;
            for (int i = 0; i < n; ++i) v += (trainX[i][j] - m) * (trainX[i][j] - m);
            maxVar = max(maxVar, v / n);
        }
        double eps = 1e-9 * maxVar;
        vector<int> labels;
        vector<double> prior;
        vector<vector<double>> mu, var;
        for (auto& [label, idx] : members) {
            vector<double> m(d, 0.0), v(d, 0.0);
            for (int j = 0; j < d; ++j) {
                for (int i : idx) m[j] += trainX[i][j];
                m[j] /= idx.size();
                for (int i : idx) v[j] += (trainX[i][j] - m[j]) * (trainX[i][j] - m[j]);
                v[j] = v[j] / idx.size() + eps;
            }
            labels.push_back(label), prior.push_back((double)idx.size() / n), mu.push_back(m), var.push_back(v);
        }
        vector<int> out;
        for (const auto& x : testX) {
            int best = 0;
            double bestP = -1;
            for (size_t c = 0; c < labels.size(); ++c) {
                double p = prior[c];
                for (int j = 0; j < d; ++j)
                    p *= exp(-(x[j] - mu[c][j]) * (x[j] - mu[c][j]) / (2 * var[c][j])) / sqrt(2 * M_PI * var[c][j]);
                if (p > bestP) bestP = p, best = c;
            }
            out.push_back(labels[best]);
        }
        return out;
    }
};
