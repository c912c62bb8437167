// Brute force: the peak is reached at some start time; count the meetings running at each one.
// O(n^2) = 10^8 simple comparisons at n = 10^4, fast enough.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        int n = intervals.size();
        vector<int> s(n), e(n);
        for (int i = 0; i < n; ++i) s[i] = intervals[i][0], e[i] = intervals[i][1];
        int best = 0;
        for (int i = 0; i < n; ++i) {
            int running = 0, t = s[i];
            for (int j = 0; j < n; ++j) running += (s[j] <= t) & (t < e[j]);
            best = max(best, running);
        }
        return best;
    }
};
