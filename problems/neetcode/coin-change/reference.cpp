class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // best[a] = fewest coins for amount a; amount + 1 means "unreachable" (no overflow on +1).
        vector<int> best(amount + 1, amount + 1);
        best[0] = 0;
        for (int a = 1; a <= amount; ++a)
            for (int c : coins)
                if (c <= a && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
        return best[amount] > amount ? -1 : best[amount];
    }
};
