// relu(1 - y s) with a long double running mean.
class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        auto relu = [](long double v) { return v > 0 ? v : 0.0L; };
        long double mean = 0;
        for (size_t i = 0; i < y.size(); ++i)
            mean += (relu(1.0L - (long double)y[i] * scores[i]) - mean) / (long double)(i + 1);
        return (double)mean;
    }
};
