// Ordered map of groups, highest score first; F1 as one double division of exact integers, strict > keeps the larger threshold.
class Solution {
public:
    double bestF1Threshold(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<int, int>, greater<double>> groups;  // score -> (positives, negatives)
        int P = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            if (yTrue[i]) groups[scores[i]].first++, ++P;
            else groups[scores[i]].second++;
        }
        int tp = 0, fp = 0;
        double bestF1 = -1, best = 0;
        for (auto& [s, c] : groups) {
            tp += c.first, fp += c.second;
            double f1 = (2.0 * tp) / (2.0 * tp + fp + (P - tp));
            if (f1 > bestF1) bestF1 = f1, best = s;
        }
        return best;
    }
};
