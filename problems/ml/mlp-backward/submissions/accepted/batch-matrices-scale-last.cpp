// Whole-batch matrices (Z, H, residuals), transposed products, and the 2/(n k) factor applied at the end.
class Solution {
public:
    vector<vector<double>> mlpBackward(vector<vector<double>>& X, vector<vector<double>>& Y, vector<vector<double>>& W1,
                                       vector<double>& b1, vector<vector<double>>& W2, vector<double>& b2) {
        size_t n = X.size(), d = X[0].size(), h = b1.size(), k = b2.size();
        vector<vector<double>> Z(n, vector<double>(h)), R(n, vector<double>(k)), G(n, vector<double>(h));
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = 0; j < h; ++j) {
                double s = 0;
                for (size_t a = 0; a < d; ++a) s += X[i][a] * W1[a][j];
                Z[i][j] = s + b1[j];
            }
            for (size_t c = 0; c < k; ++c) {
                double s = b2[c];
                for (size_t j = 0; j < h; ++j) s += max(Z[i][j], 0.0) * W2[j][c];
                R[i][c] = s - Y[i][c];  // residual; the factor 2/(n k) comes last
            }
            for (size_t j = 0; j < h; ++j) {
                double s = 0;
                if (Z[i][j] > 0)
                    for (size_t c = 0; c < k; ++c) s += R[i][c] * W2[j][c];
                G[i][j] = s;
            }
        }
        double f = 2.0 / (double)(n * k);
        vector<double> gW1(d * h), gb1(h), gW2(h * k), gb2(k);
        for (size_t a = 0; a < d; ++a)
            for (size_t j = 0; j < h; ++j) {
                double s = 0;
                for (size_t i = 0; i < n; ++i) s += X[i][a] * G[i][j];
                gW1[a * h + j] = f * s;
            }
        for (size_t j = 0; j < h; ++j) {
            double s = 0;
            for (size_t i = 0; i < n; ++i) s += G[i][j];
            gb1[j] = f * s;
            for (size_t c = 0; c < k; ++c) {
                double t = 0;
                for (size_t i = 0; i < n; ++i) t += max(Z[i][j], 0.0) * R[i][c];
                gW2[j * k + c] = f * t;
            }
        }
        for (size_t c = 0; c < k; ++c) {
            double s = 0;
            for (size_t i = 0; i < n; ++i) s += R[i][c];
            gb2[c] = f * s;
        }
        return {gW1, gb1, gW2, gb2};
    }
};
