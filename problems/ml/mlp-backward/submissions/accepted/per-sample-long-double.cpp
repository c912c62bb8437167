// Per-sample backprop with long double accumulators; the ReLU mask is read from H > 0.
class Solution {
public:
    vector<vector<double>> mlpBackward(vector<vector<double>>& X, vector<vector<double>>& Y, vector<vector<double>>& W1,
                                       vector<double>& b1, vector<vector<double>>& W2, vector<double>& b2) {
        int n = X.size(), d = X[0].size(), h = b1.size(), k = b2.size();
        vector<long double> gW1(d * h), gb1(h), gW2(h * k), gb2(k);
        for (int i = 0; i < n; ++i) {
            vector<long double> H(h), g(k), dh(h);
            for (int j = 0; j < h; ++j) {
                long double z = b1[j];
                for (int a = 0; a < d; ++a) z += (long double)X[i][a] * W1[a][j];
                H[j] = z > 0 ? z : 0;
            }
            for (int c = 0; c < k; ++c) {
                long double o = b2[c];
                for (int j = 0; j < h; ++j) o += H[j] * W2[j][c];
                g[c] = 2 * (o - Y[i][c]) / ((long double)n * k);
                gb2[c] += g[c];
                for (int j = 0; j < h; ++j) gW2[j * k + c] += H[j] * g[c];
            }
            for (int j = 0; j < h; ++j) {
                if (!(H[j] > 0)) continue;
                for (int c = 0; c < k; ++c) dh[j] += g[c] * W2[j][c];
                gb1[j] += dh[j];
                for (int a = 0; a < d; ++a) gW1[a * h + j] += X[i][a] * dh[j];
            }
        }
        auto cast = [](const vector<long double>& v) { return vector<double>(v.begin(), v.end()); };
        return {cast(gW1), cast(gb1), cast(gW2), cast(gb2)};
    }
};
