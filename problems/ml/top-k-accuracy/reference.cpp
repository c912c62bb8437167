class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), correct = 0;
        for (int i = 0; i < n; ++i) {
            const vector<double>& s = scores[i];
            int c = labels[i], ahead = 0;
            // Classes ranked before c: a higher score, or the same score and a smaller index.
            for (int j = 0; j < (int)s.size(); ++j)
                if (s[j] > s[c] || (s[j] == s[c] && j < c)) ++ahead;
            if (ahead < k) ++correct;
        }
        return (double)correct / n;
    }
};
