// Take-or-skip recursion memoised on (index, remaining sum): at most 200 * 10^4 states.
class Solution {
    vector<vector<signed char>> memo;
    bool solve(const vector<int>& a, int i, int left) {
        if (left == 0) return true;
        if (i == (int)a.size() || left < 0) return false;
        signed char& m = memo[i][left];
        if (m >= 0) return m;
        return m = solve(a, i + 1, left - a[i]) || solve(a, i + 1, left);
    }
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        memo.assign(nums.size(), vector<signed char>(total / 2 + 1, -1));
        return solve(nums, 0, total / 2);
    }
};
