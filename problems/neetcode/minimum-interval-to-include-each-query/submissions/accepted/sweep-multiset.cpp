// Sweep over sorted query values with start/end events; a multiset holds the sizes of open intervals.
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        vector<pair<int, int>> starts, ends;  // (position, size)
        for (auto& it : intervals) {
            int s = it[1] - it[0] + 1;
            starts.push_back({it[0], s});
            ends.push_back({it[1], s});
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        vector<int> order(queries.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        multiset<int> open;
        size_t si = 0, ei = 0;
        vector<int> ans(queries.size());
        for (int j : order) {
            int q = queries[j];
            while (si < starts.size() && starts[si].first <= q) open.insert(starts[si++].second);
            while (ei < ends.size() && ends[ei].first < q) open.erase(open.find(ends[ei++].second));
            ans[j] = open.empty() ? -1 : *open.begin();
        }
        return ans;
    }
};
