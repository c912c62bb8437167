// Sort by start; on an overlap delete one of the two and keep whichever ends first.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        int removed = 0;
        int end = intervals[0][1];
        for (size_t i = 1; i < intervals.size(); ++i) {
            if (intervals[i][0] < end) {
                ++removed;
                end = min(end, intervals[i][1]);
            } else {
                end = intervals[i][1];
            }
        }
        return removed;
    }
};
