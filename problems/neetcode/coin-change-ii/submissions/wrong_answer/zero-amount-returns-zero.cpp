// Classic mistake: treats amount 0 as "no way", although the empty combination is one way.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        if (amount == 0) return 0;
        vector<unsigned> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; ++a) ways[a] += ways[a - c];
        return (int)ways[amount];
    }
};
