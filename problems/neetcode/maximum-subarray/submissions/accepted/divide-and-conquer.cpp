// Divide and conquer, O(n log n): the best subarray lies in the left half, the right half,
// or crosses the middle (best suffix of the left + best prefix of the right).
class Solution {
    int solve(const vector<int>& a, int lo, int hi) {  // [lo, hi]
        if (lo == hi) return a[lo];
        int mid = (lo + hi) / 2;
        int left = INT_MIN, right = INT_MIN, s = 0;
        for (int i = mid; i >= lo; --i) s += a[i], left = max(left, s);
        s = 0;
        for (int i = mid + 1; i <= hi; ++i) s += a[i], right = max(right, s);
        return max({solve(a, lo, mid), solve(a, mid + 1, hi), left + right});
    }
public:
    int maxSubArray(vector<int>& nums) { return solve(nums, 0, nums.size() - 1); }
};
