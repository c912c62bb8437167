// Classic mistake: treats intervals that only share an endpoint as overlapping.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int removed = 0;
        int end = intervals[0][1];
        for (size_t i = 1; i < intervals.size(); ++i) {
            if (intervals[i][0] <= end) ++removed;
            else end = intervals[i][1];
        }
        return removed;
    }
};
