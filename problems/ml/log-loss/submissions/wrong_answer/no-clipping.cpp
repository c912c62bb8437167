// Classic mistake: no clipping, so p = 0 or p = 1 makes a log infinite (inf or 0*inf = nan).
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i)
            total += y[i] * log(p[i]) + (1 - y[i]) * log(1 - p[i]);
        return -total / y.size();
    }
};
