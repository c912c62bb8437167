// Classic mistake: reverses a stable ascending sort (as argsort(...)[::-1] does), so ties go to the larger index.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), C = scores[0].size(), correct = 0;
        vector<int> order(C);
        for (int i = 0; i < n; ++i) {
            const auto& s = scores[i];
            iota(order.begin(), order.end(), 0);
            stable_sort(order.begin(), order.end(), [&](int a, int b) { return s[a] < s[b]; });
            reverse(order.begin(), order.end());
            if (find(order.begin(), order.begin() + k, labels[i]) != order.begin() + k) ++correct;
        }
        return (double)correct / n;
    }
};
