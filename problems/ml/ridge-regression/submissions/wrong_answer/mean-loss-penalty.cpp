// Classic mistake: treats the loss as the mean squared error, i.e. solves (A^T A / n + lambda D), so the penalty is n times too strong.
class Solution {
public:
    vector<double> ridge(vector<vector<double>>& X, vector<double>& y, double lambda) {
        int n = X.size(), d = X[0].size(), m = d + 1;
        vector<vector<double>> M(m, vector<double>(m + 1, 0.0));
        vector<double> a(m);
        for (int i = 0; i < n; ++i) {
            a[0] = 1.0;
            for (int j = 0; j < d; ++j) a[j + 1] = X[i][j];
            for (int r = 0; r < m; ++r) {
                for (int c = r; c < m; ++c) M[r][c] += a[r] * a[c];
                M[r][m] += a[r] * y[i];
            }
        }
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < r; ++c) M[r][c] = M[c][r];
        for (int j = 1; j < m; ++j) M[j][j] += lambda * n;
        // Gaussian elimination with partial pivoting.
        for (int col = 0; col < m; ++col) {
            int piv = col;
            for (int r = col + 1; r < m; ++r)
                if (fabs(M[r][col]) > fabs(M[piv][col])) piv = r;
            swap(M[col], M[piv]);
            for (int r = col + 1; r < m; ++r) {
                double f = M[r][col] / M[col][col];
                if (f == 0) continue;
                for (int c = col; c <= m; ++c) M[r][c] -= f * M[col][c];
            }
        }
        vector<double> theta(m);
        for (int r = m - 1; r >= 0; --r) {
            double s = M[r][m];
            for (int c = r + 1; c < m; ++c) s -= M[r][c] * theta[c];
            theta[r] = s / M[r][r];
        }
        return theta;  // [b, w_0, ..., w_(d-1)]
    }
};
