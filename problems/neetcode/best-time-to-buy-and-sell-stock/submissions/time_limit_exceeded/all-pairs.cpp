// Brute force over every buy day and later sell day: O(n^2) = 5*10^9 pairs at n = 10^5.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size(), best = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                best = max(best, prices[j] - prices[i]);
        return best;
    }
};
