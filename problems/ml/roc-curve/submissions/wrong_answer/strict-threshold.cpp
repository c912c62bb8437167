// Classic mistake: predicts positive when score > t instead of >= t, so each point misses its own group.
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        double P = count(yTrue.begin(), yTrue.end(), 1), N = n - P, tp = 0, fp = 0;
        vector<vector<double>> out = {{0.0, 0.0}};
        for (int i = 0; i < n;) {
            out.push_back({fp / N, tp / P});  // counts only scores strictly above this group's
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp) += 1;
            i = j;
        }
        return out;
    }
};
