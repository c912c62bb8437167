// Keeps the k best (distance, index) pairs in a max-heap; a new point enters only if it is strictly better than the worst kept.
class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size();
        vector<int> out;
        for (const auto& t : testX) {
            priority_queue<pair<double, int>> heap;  // top = farthest kept, largest index on ties
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (size_t j = 0; j < t.size(); ++j) {
                    double diff = trainX[i][j] - t[j];
                    s += diff * diff;
                }
                pair<double, int> cand{s, i};
                if ((int)heap.size() < k) heap.push(cand);
                else if (cand < heap.top()) heap.pop(), heap.push(cand);
            }
            unordered_map<int, int> votes;
            while (!heap.empty()) votes[trainY[heap.top().second]]++, heap.pop();
            int best = INT_MAX, bestCount = 0;
            for (auto [label, count] : votes)
                if (count > bestCount || (count == bestCount && label < best)) best = label, bestCount = count;
            out.push_back(best);
        }
        return out;
    }
};
