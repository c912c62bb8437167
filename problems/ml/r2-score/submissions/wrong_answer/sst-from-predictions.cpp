// Classic mistake: the total sum of squares is taken around the predictions' mean instead of yTrue's.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        if (all_of(yTrue.begin(), yTrue.end(), [&](double v) { return v == yTrue[0]; }))
            return yTrue == yPred ? 1.0 : 0.0;
        double mean = 0;
        for (double v : yPred) mean += v;
        mean /= n;
        double sse = 0, sst = 0;
        for (int i = 0; i < n; ++i) {
            sse += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
            sst += (yPred[i] - mean) * (yPred[i] - mean);
        }
        return 1.0 - sse / sst;
    }
};
