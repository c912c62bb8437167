// Adds 1 - margin only for samples whose margin is below 1 (branch instead of max), Kahan-compensated.
class Solution {
public:
    double hingeLoss(vector<int>& y, vector<double>& scores) {
        double sum = 0, comp = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            double margin = y[i] == 1 ? scores[i] : -scores[i];
            if (margin >= 1) continue;
            double t = (1 - margin) - comp;
            double s = sum + t;
            comp = (s - sum) - t;
            sum = s;
        }
        return sum / y.size();
    }
};
