// Classic mistake: seeds the table with single coins instead of best[0] = 0, so amount 0
// (which needs no coins) is reported as impossible.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> best(amount + 1, -1);
        for (int c : coins) if (c <= amount) best[c] = 1;
        for (int a = 1; a <= amount; ++a)
            for (int c : coins)
                if (c < a && best[a - c] > 0 && (best[a] < 0 || best[a - c] + 1 < best[a]))
                    best[a] = best[a - c] + 1;
        return best[amount];
    }
};
