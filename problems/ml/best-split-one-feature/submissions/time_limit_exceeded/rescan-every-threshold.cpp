// Naive: for every candidate threshold, rescans all samples to count the classes on each side (O(n^2)).
class Solution {
public:
    vector<double> bestSplit(vector<double>& x, vector<int>& y) {
        int n = x.size();
        vector<double> v(x);
        sort(v.begin(), v.end());
        v.erase(unique(v.begin(), v.end()), v.end());
        double bestW = INFINITY, bestT = -1;
        for (size_t k = 0; k + 1 < v.size(); ++k) {
            double t = (v[k] + v[k + 1]) / 2;
            long long cl[101] = {0}, cr[101] = {0}, nl = 0, nr = 0;
            for (int i = 0; i < n; ++i) {
                if (x[i] <= t) ++cl[y[i]], ++nl;
                else ++cr[y[i]], ++nr;
            }
            double gl = 1, gr = 1;
            for (int c = 0; c <= 100; ++c) {
                gl -= ((double)cl[c] / nl) * ((double)cl[c] / nl);
                gr -= ((double)cr[c] / nr) * ((double)cr[c] / nr);
            }
            double w = (double)nl / n * gl + (double)nr / n * gr;
            if (w < bestW) bestW = w, bestT = t;
        }
        if (bestW == INFINITY) {
            long long c[101] = {0};
            for (int v2 : y) ++c[v2];
            double g = 1;
            for (int k = 0; k <= 100; ++k) g -= ((double)c[k] / n) * ((double)c[k] / n);
            return {-1.0, g};
        }
        return {bestT, bestW};
    }
};
