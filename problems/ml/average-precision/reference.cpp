class Solution {
public:
    double averagePrecision(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        long long P = count(yTrue.begin(), yTrue.end(), 1), tp = 0, fp = 0;
        double ap = 0;
        for (int i = 0; i < n;) {
            // One threshold per distinct score: the whole tied group enters at once.
            long long pos = 0;
            int j = i;
            for (; j < n && scores[idx[j]] == scores[idx[i]]; ++j) (yTrue[idx[j]] == 1 ? pos : fp)++;
            tp += pos;
            if (pos > 0) ap += (double)pos / P * ((double)tp / (tp + fp));  // (R_k - R_{k-1}) * P_k
            i = j;
        }
        return ap;
    }
};
