// Classic mistake: -mean(y_onehot * log(p)) over all n*k entries, i.e. divides by n*k instead of n.
class Solution {
public:
    double categoricalCrossEntropy(vector<vector<double>>& probs, vector<int>& labels) {
        const double eps = 1e-15;
        double total = 0;
        size_t count = 0;
        for (size_t i = 0; i < probs.size(); ++i)
            for (size_t j = 0; j < probs[i].size(); ++j, ++count)
                if ((int)j == labels[i]) total -= log(max(probs[i][j], eps));
        return total / count;
    }
};
