// Classic mistake: marks unreachable amounts with INT_MAX and adds 1 without checking, so
// INT_MAX + 1 wraps to a huge negative count that then wins every min().
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> best(amount + 1, INT_MAX);
        best[0] = 0;
        for (int a = 1; a <= amount; ++a)
            for (int c : coins)
                if (c <= a) best[a] = min(best[a], best[a - c] + 1);
        return best[amount] == INT_MAX ? -1 : best[amount];
    }
};
