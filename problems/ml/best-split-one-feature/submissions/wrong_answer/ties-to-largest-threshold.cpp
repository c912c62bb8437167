// Classic mistake: <= when comparing impurities, so a tie goes to the largest threshold instead of the smallest.
class Solution {
public:
    vector<double> bestSplit(vector<double>& x, vector<int>& y) {
        int n = x.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return x[a] < x[b]; });
        vector<long long> cl(101, 0), cr(101, 0);
        for (int v : y) ++cr[v];
        long long sqL = 0, sqR = 0;
        for (long long c : cr) sqR += c * c;
        double whole = 1.0 - (double)sqR / ((double)n * n);
        double bestW = INFINITY, bestT = -1;
        for (int k = 1; k < n; ++k) {
            int cls = y[idx[k - 1]];
            sqL += 2 * cl[cls] + 1, ++cl[cls];
            sqR -= 2 * cr[cls] - 1, --cr[cls];
            double lo = x[idx[k - 1]], hi = x[idx[k]];
            if (lo == hi) continue;
            double w = 1.0 - ((double)sqL / k + (double)sqR / (n - k)) / n;
            if (w <= bestW) bestW = w, bestT = (lo + hi) / 2;
        }
        if (bestW == INFINITY) return {-1.0, whole};
        return {bestT, bestW};
    }
};
