// Classic mistake: compares each interval with its sorted neighbour, not with the last interval actually kept.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int removed = 0;
        for (size_t i = 1; i < intervals.size(); ++i)
            if (intervals[i][0] < intervals[i - 1][1]) ++removed;
        return removed;
    }
};
