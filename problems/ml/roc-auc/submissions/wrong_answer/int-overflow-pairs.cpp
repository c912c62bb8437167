// Classic mistake: the number of pairs P * N is computed in int and overflows once it passes 2^31.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] < scores[b]; });
        double wins = 0;
        int negBelow = 0, P = 0, N = 0;
        for (int i = 0; i < n;) {
            int pos = 0, neg = 0;
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? pos : neg)++;
            wins += pos * (negBelow + 0.5 * neg);
            negBelow += neg, P += pos, N += neg;
            i = j;
        }
        int pairs = P * N;
        return wins / pairs;
    }
};
