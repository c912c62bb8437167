class Solution {
public:
    vector<int> knnPredict(vector<vector<double>>& trainX, vector<int>& trainY, vector<vector<double>>& testX, int k) {
        int m = trainX.size(), d = trainX[0].size();
        vector<int> out;
        out.reserve(testX.size());
        vector<pair<double, int>> dist(m);
        for (const auto& t : testX) {
            // Squared distances order the points exactly like distances (and are exact for integer inputs).
            for (int i = 0; i < m; ++i) {
                double s = 0;
                for (int j = 0; j < d; ++j) {
                    double diff = trainX[i][j] - t[j];
                    s += diff * diff;
                }
                dist[i] = {s, i};  // pairs compare by distance, then by index
            }
            nth_element(dist.begin(), dist.begin() + (k - 1), dist.end());
            // The k smallest (distance, index) pairs are now dist[0..k-1], in some order.
            vector<int> labels(k);
            for (int i = 0; i < k; ++i) labels[i] = trainY[dist[i].second];
            sort(labels.begin(), labels.end());
            int best = labels[0], bestCount = 0;
            for (int i = 0; i < k;) {
                int j = i;
                while (j < k && labels[j] == labels[i]) ++j;
                if (j - i > bestCount) bestCount = j - i, best = labels[i];  // strict: the smallest label keeps a tie
                i = j;
            }
            out.push_back(best);
        }
        return out;
    }
};
