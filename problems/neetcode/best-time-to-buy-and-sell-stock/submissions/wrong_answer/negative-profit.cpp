// Classic mistake: starts the best profit at the first day-to-day difference instead of 0,
// so when the price only falls it returns a loss.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size();
        if (n < 2) return 0;
        int lowest = prices[0], best = prices[1] - prices[0];
        for (int i = 1; i < n; ++i) {
            best = max(best, prices[i] - lowest);
            lowest = min(lowest, prices[i]);
        }
        return best;
    }
};
