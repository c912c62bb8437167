// σ(z) = (1 + tanh(z/2)) / 2: bounded for every z.
class Solution {
    // Never exponentiates a large positive number: no overflow, no nan.
    static double sigmoid(double z) {
        return 0.5 * (1 + tanh(0.5 * z));
    }
public:
    vector<vector<double>> predict(vector<vector<double>>& X, vector<double>& weights, double bias, double threshold) {
        vector<double> probabilities, labels;
        for (const auto& x : X) {
            double z = bias;
            for (size_t j = 0; j < x.size(); ++j) z += weights[j] * x[j];
            double p = sigmoid(z);
            probabilities.push_back(p);
            labels.push_back(p >= threshold ? 1.0 : 0.0);
        }
        return {probabilities, labels};
    }
};
