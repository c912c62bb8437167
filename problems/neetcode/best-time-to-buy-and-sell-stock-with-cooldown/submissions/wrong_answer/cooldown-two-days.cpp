// Classic mistake: off by one in the cooldown - a buy may only follow a sale three days back.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size();
        vector<int> hold(n), sold(n), idle(n);
        hold[0] = -prices[0], sold[0] = 0, idle[0] = 0;
        for (int i = 1; i < n; ++i) {
            int from = i >= 3 ? max(idle[i - 3], sold[i - 3]) : 0;   // should be sold[i - 2]
            hold[i] = max(hold[i - 1], from - prices[i]);
            sold[i] = hold[i - 1] + prices[i];
            idle[i] = max(idle[i - 1], sold[i - 1]);
        }
        return max(sold[n - 1], idle[n - 1]);
    }
};
