class Solution {
public:
    vector<double> bestSplit(vector<double>& x, vector<int>& y) {
        int n = x.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return x[a] < x[b]; });
        // Running class counts; sq = sum of squared counts of a side, kept exact in integers.
        vector<long long> cl(101, 0), cr(101, 0);
        for (int v : y) ++cr[v];
        long long sqL = 0, sqR = 0;
        for (long long c : cr) sqR += c * c;
        double whole = 1.0 - (double)sqR / ((double)n * n);
        double bestW = INFINITY, bestT = -1;
        for (int k = 1; k < n; ++k) {  // k samples on the left
            int cls = y[idx[k - 1]];
            sqL += 2 * cl[cls] + 1, ++cl[cls];  // (c+1)^2 - c^2
            sqR -= 2 * cr[cls] - 1, --cr[cls];  // (c-1)^2 - c^2
            double lo = x[idx[k - 1]], hi = x[idx[k]];
            if (lo == hi) continue;  // no threshold separates equal values
            // (k/n) * (1 - sqL/k^2) + ((n-k)/n) * (1 - sqR/(n-k)^2)
            double w = 1.0 - ((double)sqL / k + (double)sqR / (n - k)) / n;
            if (w < bestW) bestW = w, bestT = (lo + hi) / 2;  // strict: the smallest threshold wins ties
        }
        if (bestW == INFINITY) return {-1.0, whole};
        return {bestT, bestW};
    }
};
