// Classic mistake: correct / n with two ints, so anything short of a perfect score becomes 0.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), correct = 0;
        for (int i = 0; i < n; ++i) {
            const vector<double>& s = scores[i];
            int c = labels[i], ahead = 0;
            for (int j = 0; j < (int)s.size(); ++j)
                if (s[j] > s[c] || (s[j] == s[c] && j < c)) ++ahead;
            if (ahead < k) ++correct;
        }
        return correct / n;
    }
};
