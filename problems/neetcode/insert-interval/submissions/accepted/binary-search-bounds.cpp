// Binary search the first interval ending at or after the new start and the first one starting
// after the new end; everything between them merges with the new interval.
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        int lo = newInterval[0], hi = newInterval[1];
        auto first = partition_point(intervals.begin(), intervals.end(),
                                     [&](const vector<int>& iv) { return iv[1] < lo; });
        auto last = partition_point(first, intervals.end(),
                                    [&](const vector<int>& iv) { return iv[0] <= hi; });
        if (first != last) {
            lo = min(lo, (*first)[0]);
            hi = max(hi, (*(last - 1))[1]);
        }
        vector<vector<int>> out(intervals.begin(), first);
        out.push_back({lo, hi});
        out.insert(out.end(), last, intervals.end());
        return out;
    }
};
