// A^T A is symmetric positive definite: Cholesky factorisation L L^T, then two triangular solves.
class Solution {
public:
    vector<double> normalEquation(vector<vector<double>>& X, vector<double>& y) {
        int n = X.size(), m = X[0].size() + 1;
        vector<vector<double>> G(m, vector<double>(m, 0.0));
        vector<double> rhs(m, 0.0);
        for (int i = 0; i < n; ++i) {
            auto col = [&](int c) { return c == 0 ? 1.0 : X[i][c - 1]; };
            for (int r = 0; r < m; ++r) {
                for (int c = 0; c <= r; ++c) G[r][c] += col(r) * col(c);
                rhs[r] += col(r) * y[i];
            }
        }
        vector<vector<double>> L(m, vector<double>(m, 0.0));
        for (int j = 0; j < m; ++j) {
            double s = G[j][j];
            for (int k = 0; k < j; ++k) s -= L[j][k] * L[j][k];
            L[j][j] = sqrt(s);
            for (int i = j + 1; i < m; ++i) {
                double t = G[i][j];
                for (int k = 0; k < j; ++k) t -= L[i][k] * L[j][k];
                L[i][j] = t / L[j][j];
            }
        }
        vector<double> z(m), theta(m);
        for (int i = 0; i < m; ++i) {
            double s = rhs[i];
            for (int k = 0; k < i; ++k) s -= L[i][k] * z[k];
            z[i] = s / L[i][i];
        }
        for (int i = m - 1; i >= 0; --i) {
            double s = z[i];
            for (int k = i + 1; k < m; ++k) s -= L[k][i] * theta[k];
            theta[i] = s / L[i][i];
        }
        return theta;
    }
};
