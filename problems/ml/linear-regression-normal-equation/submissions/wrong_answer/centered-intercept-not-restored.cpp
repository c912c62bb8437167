// Classic mistake: solves the centred problem for w but returns mean(y) as the bias, forgetting - w . mean(X).
class Solution {
public:
    vector<double> normalEquation(vector<vector<double>>& X, vector<double>& y) {
        int n = X.size(), d = X[0].size();
        vector<double> mx(d, 0.0);
        double my = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < d; ++j) mx[j] += X[i][j];
            my += y[i];
        }
        for (double& v : mx) v /= n;
        my /= n;
        vector<vector<double>> M(d, vector<double>(d + 1, 0.0));
        for (int i = 0; i < n; ++i)
            for (int r = 0; r < d; ++r) {
                for (int k = 0; k < d; ++k) M[r][k] += (X[i][r] - mx[r]) * (X[i][k] - mx[k]);
                M[r][d] += (X[i][r] - mx[r]) * (y[i] - my);
            }
        for (int col = 0; col < d; ++col) {
            int piv = col;
            for (int r = col + 1; r < d; ++r)
                if (fabs(M[r][col]) > fabs(M[piv][col])) piv = r;
            swap(M[col], M[piv]);
            for (int r = 0; r < d; ++r) {
                if (r == col) continue;
                double f = M[r][col] / M[col][col];
                for (int k = col; k <= d; ++k) M[r][k] -= f * M[col][k];
            }
        }
        vector<double> theta(d + 1);
        theta[0] = my;
        for (int j = 0; j < d; ++j) theta[j + 1] = M[j][d] / M[j][j];
        return theta;
    }
};
