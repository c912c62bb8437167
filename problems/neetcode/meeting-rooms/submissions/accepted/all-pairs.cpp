// Compare every pair of meetings: O(n^2) = 5*10^7 checks at n = 10^4, fast enough.
class Solution {
public:
    bool canAttendMeetings(vector<vector<int>>& intervals) {
        int n = intervals.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (intervals[i][0] < intervals[j][1] && intervals[j][0] < intervals[i][1]) return false;
        return true;
    }
};
