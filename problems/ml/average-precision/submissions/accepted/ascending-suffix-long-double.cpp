// Sorts (score, label) ascending and walks from the end; closes a threshold where the score changes.
class Solution {
public:
    double averagePrecision(vector<int>& yTrue, vector<double>& scores) {
        int n = scores.size();
        vector<pair<double, int>> v(n);
        for (int i = 0; i < n; ++i) v[i] = {scores[i], yTrue[i]};
        sort(v.begin(), v.end());
        long long P = 0;
        for (int y : yTrue) P += y;
        long long tp = 0, seen = 0, groupPos = 0;
        long double ap = 0;
        for (int i = n - 1; i >= 0; --i) {
            ++seen;
            if (v[i].second) ++tp, ++groupPos;
            if (i == 0 || v[i - 1].first != v[i].first) {
                ap += (long double)groupPos / P * tp / seen;
                groupPos = 0;
            }
        }
        return (double)ap;
    }
};
