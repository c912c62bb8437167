// Longest-chain DP: for each interval (sorted by start) scan every earlier one: O(n^2),
// 5*10^9 steps at n = 10^5.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        int n = intervals.size();
        vector<int> dp(n, 1);  // most intervals kept, ending with interval i
        int best = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < i; ++j)
                if (intervals[j][1] <= intervals[i][0]) dp[i] = max(dp[i], dp[j] + 1);
            best = max(best, dp[i]);
        }
        return n - best;
    }
};
