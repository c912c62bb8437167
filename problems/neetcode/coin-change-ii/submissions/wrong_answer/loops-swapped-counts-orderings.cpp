// Classic mistake: amounts in the outer loop and coins in the inner one, which counts ordered
// sequences (1+2 and 2+1 twice) instead of combinations.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        vector<unsigned> ways(amount + 1, 0);
        ways[0] = 1;
        for (int a = 1; a <= amount; ++a)
            for (int c : coins)
                if (c <= a) ways[a] += ways[a - c];
        return (int)ways[amount];
    }
};
