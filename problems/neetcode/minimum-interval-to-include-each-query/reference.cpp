class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        // Offline sweep: queries in increasing order; a min-heap of (size, right) holds the
        // intervals that have started, and those ending before the query are dropped lazily.
        vector<pair<int, int>> iv;
        iv.reserve(intervals.size());
        for (const auto& it : intervals) iv.push_back({it[0], it[1]});
        sort(iv.begin(), iv.end());
        vector<int> order(queries.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        vector<int> ans(queries.size(), -1);
        size_t next = 0;
        for (int j : order) {
            int q = queries[j];
            while (next < iv.size() && iv[next].first <= q) {
                heap.push({iv[next].second - iv[next].first + 1, iv[next].second});
                ++next;
            }
            while (!heap.empty() && heap.top().second < q) heap.pop();
            if (!heap.empty()) ans[j] = heap.top().first;
        }
        return ans;
    }
};
