// Counts positives and negatives per distinct score in an ordered map, then walks it from the top.
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        map<double, pair<int, int>, greater<double>> byScore;  // score -> (negatives, positives)
        int P = 0, N = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            auto& c = byScore[scores[i]];
            if (yTrue[i]) ++c.second, ++P;
            else ++c.first, ++N;
        }
        vector<vector<double>> out;
        out.reserve(byScore.size() + 1);
        out.push_back({0.0, 0.0});
        int fp = 0, tp = 0;
        for (auto& [s, c] : byScore) {
            fp += c.first, tp += c.second;
            out.push_back({1.0 * fp / N, 1.0 * tp / P});
        }
        return out;
    }
};
