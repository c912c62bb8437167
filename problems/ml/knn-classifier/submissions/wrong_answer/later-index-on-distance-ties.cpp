// Classic mistake: the size-k heap also replaces on equal distance (<=), so ties keep the later training points.
class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size();
        vector<int> out;
        for (const auto& t : testX) {
            priority_queue<pair<double, int>> heap;
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (size_t j = 0; j < t.size(); ++j) {
                    double diff = trainX[i][j] - t[j];
                    s += diff * diff;
                }
                if ((int)heap.size() < k) heap.push({s, i});
                else if (s <= heap.top().first) heap.pop(), heap.push({s, i});
            }
            map<int, int> votes;
            while (!heap.empty()) votes[trainY[heap.top().second]]++, heap.pop();
            int best = -1, bestCount = 0;
            for (auto [label, count] : votes)
                if (count > bestCount) best = label, bestCount = count;
            out.push_back(best);
        }
        return out;
    }
};
