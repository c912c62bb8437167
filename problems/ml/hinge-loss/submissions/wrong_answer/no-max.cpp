// Classic mistake: forgets the max with 0, so confidently correct samples earn a negative loss.
class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i) total += 1.0 - y[i] * scores[i];
        return total / y.size();
    }
};
