// Bottom-up DP, O(n^2) at worst (5*10^7 steps at n = 10^4): good[i] if some jump from i lands on a good index.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int n = nums.size();
        vector<char> good(n, false);
        good[n - 1] = true;
        for (int i = n - 2; i >= 0; --i) {
            int far = min(n - 1, i + nums[i]);
            for (int j = i + 1; j <= far && !good[i]; ++j)
                if (good[j]) good[i] = true;
        }
        return good[0];
    }
};
