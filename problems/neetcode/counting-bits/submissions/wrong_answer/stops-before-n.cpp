// Classic mistake: builds n entries (0..n-1) instead of n + 1, so the count for n itself is missing.
class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> ans(n, 0);
        for (int i = 1; i < n; ++i) ans[i] = ans[i >> 1] + (i & 1);
        if (n == 0) ans.push_back(0);
        return ans;
    }
};
