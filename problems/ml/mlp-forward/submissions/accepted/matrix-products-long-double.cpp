// Two explicit matrix products with long double dot products, column by column.
class Solution {
public:
    vector<vector<double>> mlpForward(vector<vector<double>>& X, vector<vector<double>>& W1, vector<double>& b1,
                                      vector<vector<double>>& W2, vector<double>& b2) {
        size_t n = X.size(), d = X[0].size(), h = b1.size(), k = b2.size();
        vector<vector<double>> H(n, vector<double>(h));
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < h; ++j) {
                long double z = b1[j];
                for (size_t a = 0; a < d; ++a) z += (long double)X[i][a] * W1[a][j];
                H[i][j] = z > 0 ? (double)z : 0.0;
            }
        vector<vector<double>> out(n, vector<double>(k));
        for (size_t i = 0; i < n; ++i)
            for (size_t c = 0; c < k; ++c) {
                long double s = 0;
                for (size_t j = 0; j < h; ++j) s += (long double)H[i][j] * W2[j][c];
                out[i][c] = (double)(s + b2[c]);
            }
        return out;
    }
};
