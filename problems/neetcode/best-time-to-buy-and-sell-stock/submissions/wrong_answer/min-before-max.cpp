// Classic mistake: buys at the overall cheapest day and sells at the highest price after it,
// missing a bigger rise earlier in the array.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int m = min_element(prices.begin(), prices.end()) - prices.begin();
        int high = *max_element(prices.begin() + m, prices.end());
        return high - prices[m];
    }
};
