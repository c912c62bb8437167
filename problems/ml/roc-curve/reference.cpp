class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        long long P = count(yTrue.begin(), yTrue.end(), 1), N = n - P;
        vector<vector<double>> out = {{0.0, 0.0}};
        long long tp = 0, fp = 0;
        for (int i = 0; i < n;) {
            // One point per distinct score: take the whole group of equal scores at once.
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp)++;
            out.push_back({(double)fp / N, (double)tp / P});
            i = j;
        }
        return out;
    }
};
