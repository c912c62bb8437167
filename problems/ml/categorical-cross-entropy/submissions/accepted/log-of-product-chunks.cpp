// Multiplies the clipped probabilities in long double and takes one log per chunk of 16 rows.
class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        const double eps = 1e-15;
        long double total = 0, prod = 1;
        size_t n = labels.size();
        for (size_t i = 0; i < n; ++i) {
            double p = probs[i][labels[i]];
            prod *= p < eps ? eps : p;  // 16 factors >= 1e-15 stay above 1e-240: no underflow
            if (i % 16 == 15 || i + 1 == n) {
                total -= logl(prod);
                prod = 1;
            }
        }
        return (double)(total / n);
    }
};
