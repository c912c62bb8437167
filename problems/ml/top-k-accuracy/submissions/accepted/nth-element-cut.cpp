// Finds the k-th ranked class with nth_element on (score desc, index asc) keys; the label is in when its key is not worse.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), C = scores[0].size();
        long long correct = 0;
        vector<pair<double, int>> keys(C);  // (-score, index): smaller is better
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < C; ++j) keys[j] = {-scores[i][j], j};
            nth_element(keys.begin(), keys.begin() + (k - 1), keys.end());
            pair<double, int> label = {-scores[i][labels[i]], labels[i]};
            if (label <= keys[k - 1]) ++correct;
        }
        return (double)correct / n;
    }
};
