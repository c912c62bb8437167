class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        // Only the true class's probability counts; clip it to [eps, 1] so the log stays finite.
        const double eps = 1e-15;
        double total = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            double p = min(max(probs[i][labels[i]], eps), 1.0);
            total -= log(p);
        }
        return total / (double)labels.size();
    }
};
