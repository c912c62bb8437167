// Classic mistake: fp / N and tp / P with int operands, so every rate below 1 becomes 0.
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        int P = count(yTrue.begin(), yTrue.end(), 1), N = n - P, tp = 0, fp = 0;
        vector<vector<double>> out = {{0.0, 0.0}};
        for (int i = 0; i < n;) {
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp)++;
            out.push_back({(double)(fp / N), (double)(tp / P)});
            i = j;
        }
        return out;
    }
};
