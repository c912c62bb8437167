// Classic mistake: accepts a true class at 0-based position k (ahead <= k), i.e. the top k + 1.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), correct = 0;
        for (int i = 0; i < n; ++i) {
            const vector<double>& s = scores[i];
            int c = labels[i], ahead = 0;
            for (int j = 0; j < (int)s.size(); ++j)
                if (s[j] > s[c] || (s[j] == s[c] && j < c)) ++ahead;
            if (ahead <= k) ++correct;
        }
        return (double)correct / n;
    }
};
