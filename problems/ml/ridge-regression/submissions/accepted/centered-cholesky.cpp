// Centres X and y (the unpenalised bias absorbs the means), solves (Xc^T Xc + lambda I) w = Xc^T yc by Cholesky,
// then b = mean(y) - w . mean(X).
class Solution {
public:
    vector<double> ridge(vector<vector<double>>& X, vector<double>& y, double lambda) {
        int n = X.size(), d = X[0].size();
        vector<double> mx(d, 0.0);
        double my = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < d; ++j) mx[j] += X[i][j];
            my += y[i];
        }
        for (double& v : mx) v /= n;
        my /= n;
        vector<vector<double>> G(d, vector<double>(d, 0.0));
        vector<double> rhs(d, 0.0), c(d);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < d; ++j) c[j] = X[i][j] - mx[j];
            for (int r = 0; r < d; ++r) {
                for (int k = 0; k <= r; ++k) G[r][k] += c[r] * c[k];
                rhs[r] += c[r] * (y[i] - my);
            }
        }
        for (int j = 0; j < d; ++j) G[j][j] += lambda;
        vector<vector<double>> L(d, vector<double>(d, 0.0));
        for (int j = 0; j < d; ++j) {
            double s = G[j][j];
            for (int k = 0; k < j; ++k) s -= L[j][k] * L[j][k];
            L[j][j] = sqrt(s);
            for (int i = j + 1; i < d; ++i) {
                double t = G[i][j];
                for (int k = 0; k < j; ++k) t -= L[i][k] * L[j][k];
                L[i][j] = t / L[j][j];
            }
        }
        vector<double> z(d), w(d);
        for (int i = 0; i < d; ++i) {
            double s = rhs[i];
            for (int k = 0; k < i; ++k) s -= L[i][k] * z[k];
            z[i] = s / L[i][i];
        }
        for (int i = d - 1; i >= 0; --i) {
            double s = z[i];
            for (int k = i + 1; k < d; ++k) s -= L[k][i] * w[k];
            w[i] = s / L[i][i];
        }
        double b = my;
        for (int j = 0; j < d; ++j) b -= w[j] * mx[j];
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
