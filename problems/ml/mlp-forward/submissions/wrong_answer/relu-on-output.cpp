// Classic mistake: applies the ReLU to the output layer too, so negative outputs become 0.
class Solution {
public:
    vector<vector<double>> mlpForward(vector<vector<double>>& X, vector<vector<double>>& W1, vector<double>& b1,
                                      vector<vector<double>>& W2, vector<double>& b2) {
        int n = X.size(), d = W1.size(), h = b1.size(), k = b2.size();
        vector<vector<double>> out(n, vector<double>(k));
        for (int i = 0; i < n; ++i) {
            vector<double> hid(h);
            for (int j = 0; j < h; ++j) {
                double z = b1[j];
                for (int a = 0; a < d; ++a) z += X[i][a] * W1[a][j];
                hid[j] = max(0.0, z);
            }
            for (int c = 0; c < k; ++c) {
                double z = b2[c];
                for (int j = 0; j < h; ++j) z += hid[j] * W2[j][c];
                out[i][c] = max(0.0, z);
            }
        }
        return out;
    }
};
