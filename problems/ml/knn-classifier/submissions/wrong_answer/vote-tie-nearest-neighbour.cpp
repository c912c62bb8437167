// Classic mistake: breaks a vote tie by the label reached first from the nearest neighbour outwards, not by the smallest label.
class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size();
        vector<int> out;
        vector<pair<double, int>> dist(m);
        for (const auto& t : testX) {
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (size_t j = 0; j < t.size(); ++j) s += (trainX[i][j] - t[j]) * (trainX[i][j] - t[j]);
                dist[i] = {s, i};
            }
            sort(dist.begin(), dist.end());
            unordered_map<int, int> votes;
            for (int i = 0; i < k; ++i) votes[trainY[dist[i].second]]++;
            int bestCount = 0;
            for (auto [label, count] : votes) bestCount = max(bestCount, count);
            int best = -1;
            for (int i = 0; i < k && best < 0; ++i)
                if (votes[trainY[dist[i].second]] == bestCount) best = trainY[dist[i].second];
            out.push_back(best);
        }
        return out;
    }
};
