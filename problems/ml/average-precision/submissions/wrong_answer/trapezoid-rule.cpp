// Classic mistake: area under the PR curve by trapezoids (like auc(recall, precision)), starting from (0, 1).
class Solution {
public:
    double averagePrecision(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<int, int>, greater<double>> groups;  // score -> (positives, negatives)
        int P = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            if (yTrue[i]) groups[scores[i]].first++, ++P;
            else groups[scores[i]].second++;
        }
        double area = 0, prevR = 0, prevP = 1;
        int tp = 0, fp = 0;
        for (auto& [s, c] : groups) {
            tp += c.first, fp += c.second;
            double p = (double)tp / (tp + fp), r = (double)tp / P;
            area += (r - prevR) * (p + prevP) / 2;
            prevR = r, prevP = p;
        }
        return area;
    }
};
