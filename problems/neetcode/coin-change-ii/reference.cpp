class Solution {
public:
    int change(int amount, vector<int>& coins) {
        // ways[a] = combinations (multisets) of the coins seen so far that sum to a. Coins in the outer
        // loop, so each multiset is built in one fixed order. Counts of smaller amounts can exceed
        // every integer type even when the final answer fits in an int; unsigned arithmetic wraps
        // modulo 2^32 without undefined behaviour, and the final count is exact because it fits.
        vector<unsigned> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; ++a) ways[a] += ways[a - c];
        return (int)ways[amount];
    }
};
