class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        // Sweep sorted start times against sorted end times: an end at or before a start frees a room first.
        int n = intervals.size();
        vector<int> starts(n), ends(n);
        for (int i = 0; i < n; ++i) starts[i] = intervals[i][0], ends[i] = intervals[i][1];
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int inUse = 0, best = 0, e = 0;
        for (int s = 0; s < n; ++s) {
            while (ends[e] <= starts[s]) ++e, --inUse;
            ++inUse;
            best = max(best, inUse);
        }
        return best;
    }
};
