// Classic mistake: off by one in the inner loop (a > c), so a single coin equal to the amount is never counted.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        vector<unsigned> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = c + 1; a <= amount; ++a) ways[a] += ways[a - c];
        return (int)ways[amount];
    }
};
