// Classic mistake: counts only the meetings overlapping the first meeting (by start), so a later peak is missed.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        int rooms = 1;
        for (size_t i = 1; i < intervals.size(); ++i)
            if (intervals[i][0] < intervals[0][1]) ++rooms;
        return rooms;
    }
};
