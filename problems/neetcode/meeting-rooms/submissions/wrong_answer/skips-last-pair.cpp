// Classic mistake: an off-by-one loop bound, so the last two meetings in time order are never compared.
class Solution {
public:
    bool canAttendMeetings(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        for (int i = 0; i + 2 < (int)intervals.size(); ++i)
            if (intervals[i + 1][0] < intervals[i][1]) return false;
        return true;
    }
};
