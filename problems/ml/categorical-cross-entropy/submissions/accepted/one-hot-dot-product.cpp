// Textbook form: -sum_j y_ij * log(clip(p_ij)) with a one-hot y, averaged with a running mean.
class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        const double eps = 1e-15;
        double mean = 0;
        for (size_t i = 0; i < probs.size(); ++i) {
            double row = 0;
            for (size_t j = 0; j < probs[i].size(); ++j) {
                double yij = (int)j == labels[i] ? 1.0 : 0.0;
                row -= yij * log(clamp(probs[i][j], eps, 1.0));
            }
            mean += (row - mean) / (double)(i + 1);
        }
        return mean;
    }
};
