// Classic mistake: takes ReLU'(0) = 1 (mask Z >= 0), so units with Z exactly 0 pass gradient.
class Solution {
public:
    vector<vector<double>> mlpBackward(vector<vector<double>>& X, vector<vector<double>>& Y, vector<vector<double>>& W1,
                                       vector<double>& b1, vector<vector<double>>& W2, vector<double>& b2) {
        int n = X.size(), d = W1.size(), h = b1.size(), k = b2.size();
        vector<double> gW1(d * h, 0.0), gb1(h, 0.0), gW2(h * k, 0.0), gb2(k, 0.0);
        vector<double> z(h), hid(h), dout(k), dz(h);
        const double scale = 2.0 / ((double)n * k);  // d/d out of the mean over n*k squared errors
        for (int i = 0; i < n; ++i) {
            // Forward for sample i.
            for (int j = 0; j < h; ++j) z[j] = b1[j];
            for (int a = 0; a < d; ++a)
                for (int j = 0; j < h; ++j) z[j] += X[i][a] * W1[a][j];
            for (int j = 0; j < h; ++j) hid[j] = z[j] > 0 ? z[j] : 0.0;
            for (int c = 0; c < k; ++c) dout[c] = b2[c];
            for (int j = 0; j < h; ++j)
                for (int c = 0; c < k; ++c) dout[c] += hid[j] * W2[j][c];
            for (int c = 0; c < k; ++c) dout[c] = scale * (dout[c] - Y[i][c]);
            // Output layer.
            for (int c = 0; c < k; ++c) gb2[c] += dout[c];
            for (int j = 0; j < h; ++j) {
                double s = 0;
                for (int c = 0; c < k; ++c) {
                    gW2[j * k + c] += hid[j] * dout[c];
                    s += dout[c] * W2[j][c];
                }
                dz[j] = z[j] >= 0 ? s : 0.0;
                gb1[j] += dz[j];
            }
            // Hidden layer.
            for (int a = 0; a < d; ++a) {
                double x = X[i][a];
                if (x == 0) continue;
                for (int j = 0; j < h; ++j) gW1[a * h + j] += x * dz[j];
            }
        }
        return {gW1, gb1, gW2, gb2};
    }
};
