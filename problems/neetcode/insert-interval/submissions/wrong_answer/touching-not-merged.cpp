// Classic mistake: strict comparisons, so intervals that only share an endpoint are kept apart.
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        vector<vector<int>> out;
        int n = intervals.size(), i = 0;
        int lo = newInterval[0], hi = newInterval[1];
        while (i < n && intervals[i][1] <= lo) out.push_back(intervals[i++]);
        while (i < n && intervals[i][0] < hi) {
            lo = min(lo, intervals[i][0]);
            hi = max(hi, intervals[i][1]);
            ++i;
        }
        out.push_back({lo, hi});
        while (i < n) out.push_back(intervals[i++]);
        return out;
    }
};
