// Top-down: solve(l, r) picks the balloon popped last strictly between l and r, memoized.
class Solution {
    vector<int> a;
    vector<vector<int>> memo;
    int solve(int l, int r) {
        if (r - l < 2) return 0;
        int& m = memo[l][r];
        if (m >= 0) return m;
        int best = 0;
        for (int k = l + 1; k < r; ++k)
            best = max(best, solve(l, k) + solve(k, r) + a[l] * a[k] * a[r]);
        return m = best;
    }
public:
    int maxCoins(vector<int>& nums) {
        a.assign(1, 1);
        a.insert(a.end(), nums.begin(), nums.end());
        a.push_back(1);
        memo.assign(a.size(), vector<int>(a.size(), -1));
        return solve(0, a.size() - 1);
    }
};
