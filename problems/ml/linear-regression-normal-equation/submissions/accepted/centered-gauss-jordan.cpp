// Centres X and y first: w solves the d x d centred system (Gauss-Jordan), then b = mean(y) - w . mean(X).
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
        vector<double> c(d);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < d; ++j) c[j] = X[i][j] - mx[j];
            double cy = y[i] - my;
            for (int r = 0; r < d; ++r) {
                for (int k = 0; k < d; ++k) M[r][k] += c[r] * c[k];
                M[r][d] += c[r] * cy;
            }
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
        double b = my;
        for (int j = 0; j < d; ++j) {
            theta[j + 1] = M[j][d] / M[j][j];
            b -= theta[j + 1] * mx[j];
        }
        theta[0] = b;
        return theta;
    }
};
