// Classic mistake: sorts the queries and returns the answers in sorted order, not the input order.
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        sort(intervals.begin(), intervals.end());
        vector<int> qs = queries;
        sort(qs.begin(), qs.end());
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        vector<int> ans;
        size_t next = 0;
        for (int q : qs) {
            while (next < intervals.size() && intervals[next][0] <= q) {
                heap.push({intervals[next][1] - intervals[next][0] + 1, intervals[next][1]});
                ++next;
            }
            while (!heap.empty() && heap.top().second < q) heap.pop();
            ans.push_back(heap.empty() ? -1 : heap.top().first);
        }
        return ans;
    }
};
