// DP: best[j] = fewest jumps to reach j, relaxed from every i; O(n * max jump) = 10^7 steps.
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size();
        vector<int> best(n, INT_MAX);
        best[0] = 0;
        for (int i = 0; i < n; ++i) {
            if (best[i] == INT_MAX) continue;
            for (int j = i + 1; j <= min(n - 1, i + nums[i]); ++j) best[j] = min(best[j], best[i] + 1);
        }
        return best[n - 1];
    }
};
