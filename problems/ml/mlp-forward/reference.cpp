class Solution {
public:
    vector<vector<double>> mlpForward(vector<vector<double>>& X, vector<vector<double>>& W1, vector<double>& b1,
                                      vector<vector<double>>& W2, vector<double>& b2) {
        int n = X.size(), d = W1.size(), h = b1.size(), k = b2.size();
        vector<vector<double>> out(n, vector<double>(k));
        vector<double> hid(h);
        for (int i = 0; i < n; ++i) {
            // Hidden layer: bias first, then accumulate feature by feature (row-wise, cache friendly).
            for (int j = 0; j < h; ++j) hid[j] = b1[j];
            for (int a = 0; a < d; ++a) {
                double x = X[i][a];
                const double* w = W1[a].data();
                for (int j = 0; j < h; ++j) hid[j] += x * w[j];
            }
            for (int j = 0; j < h; ++j) hid[j] = max(0.0, hid[j]);
            // Linear output layer.
            double* o = out[i].data();
            for (int c = 0; c < k; ++c) o[c] = b2[c];
            for (int j = 0; j < h; ++j) {
                if (hid[j] == 0) continue;
                const double* w = W2[j].data();
                for (int c = 0; c < k; ++c) o[c] += hid[j] * w[c];
            }
        }
        return out;
    }
};
