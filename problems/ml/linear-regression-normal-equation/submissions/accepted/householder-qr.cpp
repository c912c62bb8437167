// Never forms A^T A: Householder QR of A = [1 | X], then R theta = Q^T y by back substitution.
class Solution {
public:
    vector<double> normalEquation(vector<vector<double>>& X, vector<double>& y) {
        int n = X.size(), m = X[0].size() + 1;
        vector<vector<double>> C(m, vector<double>(n));  // column-major copy of A
        for (int i = 0; i < n; ++i) {
            C[0][i] = 1.0;
            for (int j = 1; j < m; ++j) C[j][i] = X[i][j - 1];
        }
        vector<double> q = y;
        for (int k = 0; k < m; ++k) {
            double norm = 0;
            for (int i = k; i < n; ++i) norm += C[k][i] * C[k][i];
            norm = sqrt(norm);
            double alpha = C[k][k] > 0 ? -norm : norm;
            vector<double> v(C[k].begin() + k, C[k].end());
            v[0] -= alpha;
            double vv = 0;
            for (double t : v) vv += t * t;
            if (vv == 0) continue;
            auto reflect = [&](vector<double>& col) {
                double dot = 0;
                for (int i = k; i < n; ++i) dot += v[i - k] * col[i];
                double f = 2 * dot / vv;
                for (int i = k; i < n; ++i) col[i] -= f * v[i - k];
            };
            for (int j = k; j < m; ++j) reflect(C[j]);
            reflect(q);
        }
        vector<double> theta(m);
        for (int r = m - 1; r >= 0; --r) {
            double s = q[r];
            for (int c = r + 1; c < m; ++c) s -= C[c][r] * theta[c];
            theta[r] = s / C[r][r];
        }
        return theta;
    }
};
