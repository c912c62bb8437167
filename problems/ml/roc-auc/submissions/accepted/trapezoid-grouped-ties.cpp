// Builds the ROC curve with one point per distinct score (highest first) and sums trapezoids.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<long long, long long>, greater<double>> groups;  // score -> (negatives, positives)
        long long P = 0, N = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            if (yTrue[i]) groups[scores[i]].second++, ++P;
            else groups[scores[i]].first++, ++N;
        }
        double area = 0, x = 0, y = 0;
        long long fp = 0, tp = 0;
        for (auto& [s, c] : groups) {
            fp += c.first, tp += c.second;
            double nx = (double)fp / N, ny = (double)tp / P;
            area += (nx - x) * (y + ny) / 2;
            x = nx, y = ny;
        }
        return area;
    }
};
