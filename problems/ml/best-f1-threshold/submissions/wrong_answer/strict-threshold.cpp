// Classic mistake: predicts positive when score > t, so each candidate is scored without its own group.
class Solution {
public:
    double bestF1Threshold(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        long long P = count(yTrue.begin(), yTrue.end(), 1), tp = 0, fp = 0;
        long long bestNum = -1, bestDen = 1;
        double best = scores[idx[0]];
        for (int i = 0; i < n;) {
            long long num = 2 * tp, den = tp + fp + P;  // counts only scores strictly above this one
            if (num * bestDen > bestNum * den) bestNum = num, bestDen = den, best = scores[idx[i]];
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp)++;
            i = j;
        }
        return best;
    }
};
