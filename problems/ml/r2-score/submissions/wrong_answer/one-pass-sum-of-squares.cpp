// Classic mistake: SST = sum(y^2) - n * mean^2 in one pass; catastrophic cancellation with a large offset.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        if (all_of(yTrue.begin(), yTrue.end(), [&](double v) { return v == yTrue[0]; }))
            return yTrue == yPred ? 1.0 : 0.0;
        double s = 0, sq = 0, sse = 0;
        for (int i = 0; i < n; ++i) {
            s += yTrue[i];
            sq += yTrue[i] * yTrue[i];
            sse += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
        }
        double mean = s / n;
        double sst = sq - n * mean * mean;
        return 1.0 - sse / sst;
    }
};
