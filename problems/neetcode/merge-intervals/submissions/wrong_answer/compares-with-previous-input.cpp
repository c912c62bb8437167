// Classic mistake: tests overlap against the previous sorted interval instead of the merged group, missing long groups.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> out;
        for (size_t i = 0; i < intervals.size(); ++i) {
            if (i > 0 && intervals[i][0] <= intervals[i - 1][1])
                out.back()[1] = max(out.back()[1], intervals[i][1]);
            else
                out.push_back(intervals[i]);
        }
        return out;
    }
};
