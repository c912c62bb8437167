// Classic mistake: clips with Keras' default epsilon 1e-7 instead of the stated 1e-15.
class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        const double eps = 1e-7;
        double total = 0;
        for (size_t i = 0; i < labels.size(); ++i) total -= log(min(max(probs[i][labels[i]], eps), 1.0));
        return total / labels.size();
    }
};
