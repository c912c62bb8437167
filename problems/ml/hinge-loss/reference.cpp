class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        // Each sample pays 1 - margin while its margin y * s is below 1, nothing after.
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i) total += max(0.0, 1.0 - y[i] * scores[i]);
        return total / (double)y.size();
    }
};
