// Adds the penalty term by term (l1|w| + l2 w^2 / 2 per weight) with std::accumulate-style sums.
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        vector<double> grad(w.size());
        transform(w.begin(), w.end(), grad.begin(), [&](double v) {
            return l1 * (double)((v > 0) - (v < 0)) + l2 * v;
        });
        double pen = accumulate(w.begin(), w.end(), 0.0, [&](double acc, double v) {
            return acc + l1 * fabs(v) + l2 * v * v / 2;
        });
        grad.insert(grad.begin(), pen);
        return grad;
    }
};
