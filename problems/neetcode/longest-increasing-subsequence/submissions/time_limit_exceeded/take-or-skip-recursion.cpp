// Brute force: for each element, either skip it or take it if it exceeds the last taken one,
// with no memo; it walks every increasing subsequence (exponentially many).
class Solution {
    int solve(const vector<int>& a, int i, int prev) {
        if (i == (int)a.size()) return 0;
        int best = solve(a, i + 1, prev);
        if (prev < 0 || a[i] > a[prev]) best = max(best, 1 + solve(a, i + 1, i));
        return best;
    }
public:
    int lengthOfLIS(vector<int>& nums) {
        return solve(nums, 0, -1);
    }
};
