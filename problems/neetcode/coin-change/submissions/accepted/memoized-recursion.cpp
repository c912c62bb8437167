// Top-down recursion with a memo table: each amount is solved once.
class Solution {
    vector<int> memo;  // -2 = not computed, -1 = impossible
    int solve(const vector<int>& coins, int a) {
        if (a == 0) return 0;
        if (memo[a] != -2) return memo[a];
        int best = -1;
        for (int c : coins) {
            if (c > a) continue;
            int sub = solve(coins, a - c);
            if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
        }
        return memo[a] = best;
    }
public:
    int coinChange(vector<int>& coins, int amount) {
        memo.assign(amount + 1, -2);
        return solve(coins, amount);
    }
};
