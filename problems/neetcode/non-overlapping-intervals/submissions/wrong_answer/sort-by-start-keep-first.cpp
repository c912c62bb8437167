// Classic mistake: sorts by start and, on an overlap, always keeps the earlier interval even if it ends later.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        int removed = 0;
        int end = intervals[0][1];
        for (size_t i = 1; i < intervals.size(); ++i) {
            if (intervals[i][0] < end) ++removed;
            else end = intervals[i][1];
        }
        return removed;
    }
};
