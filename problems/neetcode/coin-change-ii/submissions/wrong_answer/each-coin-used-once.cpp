// Classic mistake: runs the inner loop downwards as in 0/1 knapsack, so each coin is used at most once.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        vector<unsigned> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = amount; a >= c; --a) ways[a] += ways[a - c];
        return (int)ways[amount];
    }
};
