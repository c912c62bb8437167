class Solution {
public:
    vector<int> kClosest(vector<vector<int>>& points, int k) {
        // The k closest points so far; the farthest of them on top, to be evicted first.
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> heap;
        for (int i = 0; i < (int)points.size(); ++i) {
            long long d = 1LL * points[i][0] * points[i][0] + 1LL * points[i][1] * points[i][1];
            heap.push({d, i});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> order;
        while (!heap.empty()) {
            order.push_back(heap.top().second);
            heap.pop();
        }
        reverse(order.begin(), order.end());
        return order;
    }
};
