// O(n log n): count the bits of every number separately with a shift loop (fast enough at n = 10^5).
class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> ans(n + 1, 0);
        for (int i = 0; i <= n; ++i) {
            int c = 0;
            for (int x = i; x > 0; x >>= 1) c += x & 1;
            ans[i] = c;
        }
        return ans;
    }
};
