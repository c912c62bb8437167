// Counts per distinct score in a map, walked from the highest score down.
class Solution {
public:
    vector<vector<double>> precisionRecallCurve(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<long long, long long>, greater<double>> groups;  // score -> (positives, all)
        long long P = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            auto& g = groups[scores[i]];
            g.first += yTrue[i], g.second += 1, P += yTrue[i];
        }
        vector<vector<double>> curve = {{0.0, 1.0}};
        long long tp = 0, predicted = 0;
        for (const auto& [score, g] : groups) {
            tp += g.first, predicted += g.second;
            curve.push_back({tp / (double)P, tp / (double)predicted});
        }
        return curve;
    }
};
