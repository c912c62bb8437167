// Classic mistake: checks neighbouring meetings in input order without sorting them by start.
class Solution {
public:
    bool canAttendMeetings(vector<vector<int>>& intervals) {
        for (size_t i = 1; i < intervals.size(); ++i)
            if (intervals[i][0] < intervals[i - 1][1]) return false;
        return true;
    }
};
