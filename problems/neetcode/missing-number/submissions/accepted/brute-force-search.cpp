// O(n^2): try each candidate 0..n and scan the array for it; 10^8 comparisons at n = 10^4 is fast enough.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        int n = nums.size();
        for (int k = 0; k <= n; ++k) {
            bool found = false;
            for (int x : nums)
                if (x == k) { found = true; break; }
            if (!found) return k;
        }
        return -1;
    }
};
