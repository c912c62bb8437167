// Classic mistake: builds and solves the normal equations in float; about 7 digits are not enough.
class Solution {
public:
    vector<double> normalEquation(vector<vector<double>>& X, vector<double>& y) {
        int n = X.size(), d = X[0].size(), m = d + 1;
        vector<vector<float>> M(m, vector<float>(m + 1, 0.0f));
        vector<float> a(m);
        for (int i = 0; i < n; ++i) {
            a[0] = 1.0f;
            for (int j = 0; j < d; ++j) a[j + 1] = (float)X[i][j];
            for (int r = 0; r < m; ++r) {
                for (int c = 0; c < m; ++c) M[r][c] += a[r] * a[c];
                M[r][m] += a[r] * (float)y[i];
            }
        }
        for (int col = 0; col < m; ++col) {
            int piv = col;
            for (int r = col + 1; r < m; ++r)
                if (fabsf(M[r][col]) > fabsf(M[piv][col])) piv = r;
            swap(M[col], M[piv]);
            for (int r = col + 1; r < m; ++r) {
                float f = M[r][col] / M[col][col];
                for (int c = col; c <= m; ++c) M[r][c] -= f * M[col][c];
            }
        }
        vector<float> theta(m);
        for (int r = m - 1; r >= 0; --r) {
            float s = M[r][m];
            for (int c = r + 1; c < m; ++c) s -= M[r][c] * theta[c];
            theta[r] = s / M[r][r];
        }
        return vector<double>(theta.begin(), theta.end());
    }
};
