// Classic mistake: forgets the column of ones, fits y ~ X w through the origin and reports bias 0.
class Solution {
public:
    vector<double> normalEquation(vector<vector<double>>& X, vector<double>& y) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> M(d, vector<double>(d + 1, 0.0));
        for (int i = 0; i < n; ++i)
            for (int r = 0; r < d; ++r) {
                for (int c = 0; c < d; ++c) M[r][c] += X[i][r] * X[i][c];
                M[r][d] += X[i][r] * y[i];
            }
        for (int col = 0; col < d; ++col) {
            int piv = col;
            for (int r = col + 1; r < d; ++r)
                if (fabs(M[r][col]) > fabs(M[piv][col])) piv = r;
            swap(M[col], M[piv]);
            for (int r = col + 1; r < d; ++r) {
                double f = M[r][col] / M[col][col];
                for (int c = col; c <= d; ++c) M[r][c] -= f * M[col][c];
            }
        }
        vector<double> theta(d + 1, 0.0);
        for (int r = d - 1; r >= 0; --r) {
            double s = M[r][d];
            for (int c = r + 1; c < d; ++c) s -= M[r][c] * theta[c + 1];
            theta[r + 1] = s / M[r][r];
        }
        return theta;
    }
};
