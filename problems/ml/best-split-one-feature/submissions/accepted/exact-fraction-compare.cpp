// Picks the split by exact integer comparison of sqL/nL + sqR/nR (maximised) with __int128 cross products.
class Solution {
public:
    vector<double> bestSplit(vector<double>& x, vector<int>& y) {
        int n = x.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return x[a] < x[b]; });
        long long cl[101] = {0}, cr[101] = {0};
        for (int v : y) ++cr[v];
        long long sqL = 0, sqR = 0;
        for (long long c : cr) sqR += c * c;
        long long total = sqR;
        // score = (sqL * nR + sqR * nL) / (nL * nR); larger score = purer split
        __int128 bestNum = -1, bestDen = 1;
        long long bestK = -1, bestSqL = 0, bestSqR = 0;
        double bestT = -1;
        for (int k = 1; k < n; ++k) {
            int c = y[idx[k - 1]];
            sqL += 2 * cl[c] + 1, ++cl[c];
            sqR -= 2 * cr[c] - 1, --cr[c];
            if (x[idx[k - 1]] == x[idx[k]]) continue;
            __int128 num = (__int128)sqL * (n - k) + (__int128)sqR * k, den = (__int128)k * (n - k);
            if (bestK < 0 || num * bestDen > bestNum * den) {
                bestNum = num, bestDen = den, bestK = k, bestSqL = sqL, bestSqR = sqR;
                bestT = (x[idx[k - 1]] + x[idx[k]]) / 2;
            }
        }
        if (bestK < 0) return {-1.0, (double)((long double)n * n - total) / ((double)n * n)};
        long double score = (long double)bestSqL / bestK + (long double)bestSqR / (n - bestK);
        return {bestT, (double)(1.0L - score / n)};
    }
};
