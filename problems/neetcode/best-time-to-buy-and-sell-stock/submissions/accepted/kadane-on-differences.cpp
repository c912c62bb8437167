// Kadane's maximum subarray sum over the day-to-day price changes.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int cur = 0, best = 0;
        for (size_t i = 1; i < prices.size(); ++i) {
            cur = max(0, cur + prices[i] - prices[i - 1]);
            best = max(best, cur);
        }
        return best;
    }
};
