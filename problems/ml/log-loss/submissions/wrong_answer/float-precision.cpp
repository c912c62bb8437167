// Classic mistake: float arithmetic; 1 - 1e-15f rounds to 1, so p = 1 with label 0 gives ln(0).
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        const float eps = 1e-15f;
        float total = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            float q = min(max((float)p[i], eps), 1.0f - eps);
            total += y[i] == 1 ? logf(q) : logf(1.0f - q);
        }
        return -total / y.size();
    }
};
