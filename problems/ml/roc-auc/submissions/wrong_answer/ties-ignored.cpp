// Classic mistake: counts only pairs where the positive scores strictly higher; tied pairs add nothing.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] < scores[b]; });
        long long wins = 0, negBelow = 0, P = 0, N = 0;
        for (int i = 0; i < n;) {
            long long pos = 0, neg = 0;
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? pos : neg)++;
            wins += pos * negBelow;
            negBelow += neg, P += pos, N += neg;
            i = j;
        }
        return (double)wins / ((double)P * N);
    }
};
