class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] < scores[b]; });
        // twice = 2 * (pairs won by the positive) + (tied pairs), in integers.
        long long twice = 0, negBelow = 0, P = 0, N = 0;
        for (int i = 0; i < n;) {
            long long pos = 0, neg = 0;
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? pos : neg)++;
            twice += pos * (2 * negBelow + neg);
            negBelow += neg, P += pos, N += neg;
            i = j;
        }
        return (double)twice / (2.0 * (double)P * (double)N);
    }
};
