// Recounts every sample for each distinct score: O(n·m).
class Solution {
public:
    vector<vector<double>> precisionRecallCurve(vector<int>& yTrue, vector<double>& scores) {
        vector<double> ts = scores;
        sort(ts.begin(), ts.end(), greater<double>());
        ts.erase(unique(ts.begin(), ts.end()), ts.end());
        long long P = count(yTrue.begin(), yTrue.end(), 1);
        vector<vector<double>> curve = {{0.0, 1.0}};
        for (double t : ts) {
            long long tp = 0, predicted = 0;
            for (size_t i = 0; i < scores.size(); ++i)
                if (scores[i] >= t) tp += yTrue[i], ++predicted;
            curve.push_back({(double)tp / P, (double)tp / predicted});
        }
        return curve;
    }
};
