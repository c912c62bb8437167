// Classic mistake: interpolated AP (Pascal VOC style) uses the best precision at any recall >= R_k.
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
        for (int k = (int)precision.size() - 2; k >= 0; --k) precision[k] = max(precision[k], precision[k + 1]);
        double ap = 0, prev = 0;
        for (size_t k = 0; k < recall.size(); ++k) ap += (recall[k] - prev) * precision[k], prev = recall[k];
        return ap;
    }
};
