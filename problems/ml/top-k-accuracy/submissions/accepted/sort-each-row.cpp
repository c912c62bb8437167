// Sorts the class indices of each row by (score descending, index ascending) and looks for the label in the first k.
class Solution {
public:
    double topKAccuracy(vector<vector<double>>& scores, vector<int>& labels, int k) {
        int n = scores.size(), C = scores[0].size(), correct = 0;
        vector<int> order(C);
        for (int i = 0; i < n; ++i) {
            const auto& s = scores[i];
            iota(order.begin(), order.end(), 0);
            sort(order.begin(), order.end(), [&](int a, int b) { return s[a] != s[b] ? s[a] > s[b] : a < b; });
            if (find(order.begin(), order.begin() + k, labels[i]) != order.begin() + k) ++correct;
        }
        return correct / (double)n;
    }
};
