// Classic mistake: max(0, -y s), the perceptron loss: drops the margin of 1, so correct but unsure samples cost nothing.
class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i) total += max(0.0, -y[i] * scores[i]);
        return total / y.size();
    }
};
