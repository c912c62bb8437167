// Sorts (x, y) pairs, keeps prefix class counts and evaluates each side's Gini from proportions.
class Solution {
public:
    vector<double> bestSplit(vector<double>& x, vector<int>& y) {
        int n = x.size();
        vector<pair<double, int>> s(n);
        for (int i = 0; i < n; ++i) s[i] = {x[i], y[i]};
        sort(s.begin(), s.end());
        int maxLabel = *max_element(y.begin(), y.end());
        vector<long long> left(maxLabel + 1, 0), right(maxLabel + 1, 0);
        for (int v : y) ++right[v];
        vector<int> present;
        for (int c = 0; c <= maxLabel; ++c)
            if (right[c]) present.push_back(c);
        auto sideGini = [&](const vector<long long>& cnt, long long m) {
            double q = 0;
            for (int c : present) q += ((double)cnt[c] / m) * ((double)cnt[c] / m);
            return 1.0 - q;
        };
        bool found = false;
        double best = 0, thr = -1;
        for (int i = 0; i + 1 < n; ++i) {
            ++left[s[i].second], --right[s[i].second];
            if (s[i].first == s[i + 1].first) continue;
            long long nl = i + 1, nr = n - nl;
            double w = (double)nl / n * sideGini(left, nl) + (double)nr / n * sideGini(right, nr);
            if (!found || w < best) found = true, best = w, thr = s[i].first + (s[i + 1].first - s[i].first) / 2;
        }
        if (!found) {
            vector<long long> all(maxLabel + 1, 0);
            for (int v : y) ++all[v];
            return {-1.0, sideGini(all, n)};
        }
        return {thr, best};
    }
};
