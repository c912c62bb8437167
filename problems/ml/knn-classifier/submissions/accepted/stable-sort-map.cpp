// Stable-sorts the indices by true (sqrt) distance, so equal distances keep index order; votes in a std::map.
class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size();
        vector<int> out;
        vector<double> dist(m);
        vector<int> order(m);
        for (const auto& t : testX) {
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (size_t j = 0; j < t.size(); ++j) s += (trainX[i][j] - t[j]) * (trainX[i][j] - t[j]);
                dist[i] = sqrt(s);
            }
            iota(order.begin(), order.end(), 0);
            stable_sort(order.begin(), order.end(), [&](int a, int b) { return dist[a] < dist[b]; });
            map<int, int> votes;
            for (int i = 0; i < k; ++i) votes[trainY[order[i]]]++;
            int best = -1, bestCount = 0;
            for (auto [label, count] : votes)
                if (count > bestCount) best = label, bestCount = count;
            out.push_back(best);
        }
        return out;
    }
};
