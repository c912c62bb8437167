// Brute force: tries every coin at every step without remembering solved amounts (exponential).
class Solution {
    int solve(const vector<int>& coins, int a) {
        if (a == 0) return 0;
        int best = -1;
        for (int c : coins) {
            if (c > a) continue;
            int sub = solve(coins, a - c);
            if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
        }
        return best;
    }
public:
    int coinChange(vector<int>& coins, int amount) {
        return solve(coins, amount);
    }
};
