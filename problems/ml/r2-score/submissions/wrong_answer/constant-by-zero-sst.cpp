// Classic mistake: detects constant yTrue by SST == 0; three copies of 0.1 give SST ~ 1e-34 instead.
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
        if (sst == 0) return sse == 0 ? 1.0 : 0.0;
        return 1.0 - sse / sst;
    }
};
