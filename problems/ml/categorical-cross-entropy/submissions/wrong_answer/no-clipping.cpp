// Classic mistake: no clipping, so a true-class probability of 0 gives -log(0) = inf.
class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        double total = 0;
        for (size_t i = 0; i < labels.size(); ++i) total -= log(probs[i][labels[i]]);
        return total / labels.size();
    }
};
