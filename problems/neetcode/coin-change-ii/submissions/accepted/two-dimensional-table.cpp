// Bottom-up 2-D table: T[i][a] = ways with the first i coin kinds; unsigned long long intermediates.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        int n = coins.size();
        vector<vector<unsigned long long>> T(n + 1, vector<unsigned long long>(amount + 1, 0));
        T[0][0] = 1;
        for (int i = 1; i <= n; ++i)
            for (int a = 0; a <= amount; ++a) {
                T[i][a] = T[i - 1][a];
                if (a >= coins[i - 1]) T[i][a] += T[i][a - coins[i - 1]];
            }
        return (int)T[n][amount];
    }
};
