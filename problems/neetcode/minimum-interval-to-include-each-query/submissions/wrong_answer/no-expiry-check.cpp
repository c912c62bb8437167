// Classic mistake: never discards intervals that ended before the query, so an expired small one wins.
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        sort(intervals.begin(), intervals.end());
        vector<int> order(queries.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        vector<int> ans(queries.size(), -1);
        size_t next = 0;
        for (int j : order) {
            int q = queries[j];
            while (next < intervals.size() && intervals[next][0] <= q) {
                heap.push({intervals[next][1] - intervals[next][0] + 1, intervals[next][1]});
                ++next;
            }
            if (!heap.empty()) ans[j] = heap.top().first;
        }
        return ans;
    }
};
