// Ridge as plain least squares: append d rows sqrt(lambda) * e_j (bias entry 0, target 0) to A = [1 | X],
// then Householder QR and back substitution.
class Solution {
public:
    vector<double> ridge(vector<vector<double>>& X, vector<double>& y, double lambda) {
        int n = X.size(), d = X[0].size(), m = d + 1, rows = n + d;
        vector<vector<double>> C(m, vector<double>(rows, 0.0));  // column-major
        vector<double> q(rows, 0.0);
        for (int i = 0; i < n; ++i) {
            C[0][i] = 1.0;
            for (int j = 0; j < d; ++j) C[j + 1][i] = X[i][j];
            q[i] = y[i];
        }
        double s = sqrt(lambda);
        for (int j = 0; j < d; ++j) C[j + 1][n + j] = s;
        for (int k = 0; k < m; ++k) {
            double norm = 0;
            for (int i = k; i < rows; ++i) norm += C[k][i] * C[k][i];
            norm = sqrt(norm);
            double alpha = C[k][k] > 0 ? -norm : norm;
            vector<double> v(C[k].begin() + k, C[k].end());
            v[0] -= alpha;
            double vv = 0;
            for (double t : v) vv += t * t;
            if (vv == 0) continue;
            auto reflect = [&](vector<double>& col) {
                double dot = 0;
                for (int i = k; i < rows; ++i) dot += v[i - k] * col[i];
                double f = 2 * dot / vv;
                for (int i = k; i < rows; ++i) col[i] -= f * v[i - k];
            };
            for (int j = k; j < m; ++j) reflect(C[j]);
            reflect(q);
        }
        vector<double> theta(m);
        for (int r = m - 1; r >= 0; --r) {
            double t = q[r];
            for (int c = r + 1; c < m; ++c) t -= C[c][r] * theta[c];
            theta[r] = t / C[r][r];
        }
        return theta;
    }
};
