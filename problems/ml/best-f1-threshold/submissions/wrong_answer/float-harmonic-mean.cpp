// Classic mistake: F1 = 2PR / (P + R) from rounded doubles, so two equal F1 fractions can differ in the last bit.
class Solution {
public:
    double bestF1Threshold(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        int P = count(yTrue.begin(), yTrue.end(), 1), tp = 0, fp = 0;
        double bestF1 = -1, best = scores[idx[0]];
        for (int i = 0; i < n;) {
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? tp : fp)++;
            double precision = (double)tp / (tp + fp), recall = (double)tp / P;
            double f1 = tp == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
            if (f1 > bestF1) bestF1 = f1, best = scores[idx[i]];
            i = j;
        }
        return best;
    }
};
