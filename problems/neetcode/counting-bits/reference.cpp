class Solution {
public:
    vector<int> countBits(int n) {
        // i has the bits of i >> 1 plus its own lowest bit.
        vector<int> ans(n + 1, 0);
        for (int i = 1; i <= n; ++i) ans[i] = ans[i >> 1] + (i & 1);
        return ans;
    }
};
