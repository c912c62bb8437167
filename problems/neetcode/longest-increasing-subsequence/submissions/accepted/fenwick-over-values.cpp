// Fenwick tree of prefix maxima indexed by value: the best length ending below x, plus one.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        const int OFF = 10001, N = 20002;
        vector<int> bit(N + 1, 0);
        int best = 0;
        for (int x : nums) {
            int v = x + OFF;  // 1..20001
            int q = 0;
            for (int i = v - 1; i > 0; i -= i & -i) q = max(q, bit[i]);
            int cur = q + 1;
            best = max(best, cur);
            for (int i = v; i <= N; i += i & -i) bit[i] = max(bit[i], cur);
        }
        return best;
    }
};
