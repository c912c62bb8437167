// Classic mistake: 1 - MSE / variance with the sample variance (divided by n - 1) but the MSE divided by n.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        if (all_of(yTrue.begin(), yTrue.end(), [&](double v) { return v == yTrue[0]; }))
            return yTrue == yPred ? 1.0 : 0.0;
        double mean = 0;
        for (double v : yTrue) mean += v;
        mean /= n;
        double sse = 0, sst = 0;
        for (int i = 0; i < n; ++i) {
            sse += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
            sst += (yTrue[i] - mean) * (yTrue[i] - mean);
        }
        double mse = sse / n, var = sst / (n - 1);
        return 1.0 - mse / var;
    }
};
