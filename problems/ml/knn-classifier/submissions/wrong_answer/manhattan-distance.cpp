// Classic mistake: sums absolute differences (Manhattan distance) instead of squared differences.
class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size();
        vector<int> out;
        vector<pair<double, int>> dist(m);
        for (const auto& t : testX) {
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (size_t j = 0; j < t.size(); ++j) s += fabs(trainX[i][j] - t[j]);
                dist[i] = {s, i};
            }
            sort(dist.begin(), dist.end());
            map<int, int> votes;
            for (int i = 0; i < k; ++i) votes[trainY[dist[i].second]]++;
            int best = -1, bestCount = 0;
            for (auto [label, count] : votes)
                if (count > bestCount) best = label, bestCount = count;
            out.push_back(best);
        }
        return out;
    }
};
