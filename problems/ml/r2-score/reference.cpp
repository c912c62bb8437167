class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        // Constant targets: decided on the values themselves, never on a computed SST.
        bool constant = all_of(yTrue.begin(), yTrue.end(), [&](double v) { return v == yTrue[0]; });
        if (constant) return yTrue == yPred ? 1.0 : 0.0;
        double mean = 0;
        for (double v : yTrue) mean += v;
        mean /= n;
        double sse = 0, sst = 0;  // two passes: deviations from the mean, no cancellation
        for (int i = 0; i < n; ++i) {
            double e = yTrue[i] - yPred[i], d = yTrue[i] - mean;
            sse += e * e;
            sst += d * d;
        }
        return 1.0 - sse / sst;
    }
};
