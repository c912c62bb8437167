// Classic mistake: takes 1 + the most meetings overlapping a single meeting, but those need not overlap each other.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        int n = intervals.size();
        int best = 0;
        for (int i = 0; i < n; ++i) {
            int overlapping = 0;
            for (int j = 0; j < n; ++j)
                if (j != i && intervals[j][0] < intervals[i][1] && intervals[i][0] < intervals[j][1]) ++overlapping;
            best = max(best, overlapping + 1);
        }
        return best;
    }
};
