// Forgets the bias in z.
class Solution {
    // Never exponentiates a large positive number: no overflow, no nan.
    static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + exp(-z));
        double e = exp(z);
        return e / (1 + e);
    }
public:
    vector<vector<double>> predict(vector<vector<double>>& X, vector<double>& weights, double bias, double threshold) {
        vector<double> probabilities, labels;
        for (const auto& x : X) {
            double z = 0;
            for (size_t j = 0; j < x.size(); ++j) z += weights[j] * x[j];
            double p = sigmoid(z);
            probabilities.push_back(p);
            labels.push_back(p >= threshold ? 1.0 : 0.0);
        }
        return {probabilities, labels};
    }
};
