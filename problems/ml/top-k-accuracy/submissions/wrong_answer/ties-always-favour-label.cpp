// Classic mistake: counts only strictly higher scores, so every tie is resolved in favour of the true class.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), correct = 0;
        for (int i = 0; i < n; ++i) {
            int higher = 0;
            for (double v : scores[i]) higher += v > scores[i][labels[i]];
            if (higher < k) ++correct;
        }
        return (double)correct / n;
    }
};
