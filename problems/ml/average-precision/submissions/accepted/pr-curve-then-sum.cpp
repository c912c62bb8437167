// Builds the precision-recall curve per distinct score (ordered map, highest first), then sums the steps.
class Solution {
public:
    double averagePrecision(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<int, int>, greater<double>> groups;  // score -> (positives, negatives)
        int P = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            if (yTrue[i]) groups[scores[i]].first++, ++P;
            else groups[scores[i]].second++;
        }
        vector<double> precision, recall;
        int tp = 0, fp = 0;
        for (auto& [s, c] : groups) {
            tp += c.first, fp += c.second;
            precision.push_back((double)tp / (tp + fp));
            recall.push_back((double)tp / P);
        }
        double ap = 0, prev = 0;
        for (size_t k = 0; k < recall.size(); ++k) ap += (recall[k] - prev) * precision[k], prev = recall[k];
        return ap;
    }
};
