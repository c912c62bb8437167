// DP over intervals sorted by end: best[i] = max(best[i-1], 1 + best[last j with end_j <= start_i]),
// the predecessor found by binary search: O(n log n).
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        int n = intervals.size();
        vector<pair<int, int>> v;  // (end, start)
        for (auto& iv : intervals) v.push_back({iv[1], iv[0]});
        sort(v.begin(), v.end());
        vector<int> ends(n), best(n + 1, 0);  // best[k]: most kept among the first k
        for (int i = 0; i < n; ++i) ends[i] = v[i].first;
        for (int i = 0; i < n; ++i) {
            int k = upper_bound(ends.begin(), ends.begin() + i, v[i].second) - ends.begin();
            best[i + 1] = max(best[i], best[k] + 1);
        }
        return n - best[n];
    }
};
