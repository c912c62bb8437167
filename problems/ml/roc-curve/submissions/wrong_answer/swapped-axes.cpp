// Classic mistake: writes each point as [tpr, fpr] instead of [fpr, tpr].
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
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp) += 1;
            out.push_back({tp / P, fp / N});
            i = j;
        }
        return out;
    }
};
