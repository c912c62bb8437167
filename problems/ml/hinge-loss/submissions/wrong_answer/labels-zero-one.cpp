// Classic mistake: assumes labels 0/1 and converts them with 2y - 1, which turns -1 into -3.
class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            int t = 2 * y[i] - 1;
            total += max(0.0, 1.0 - t * scores[i]);
        }
        return total / y.size();
    }
};
