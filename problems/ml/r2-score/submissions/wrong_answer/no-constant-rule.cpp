// Classic mistake: no special case for constant yTrue, so SST = 0 gives 0/0 = nan or -inf.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        double mean = 0;
        for (double v : yTrue) mean += v;
        mean /= n;
        double sse = 0, sst = 0;
        for (int i = 0; i < n; ++i) {
            sse += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
            sst += (yTrue[i] - mean) * (yTrue[i] - mean);
        }
        return 1.0 - sse / sst;
    }
};
