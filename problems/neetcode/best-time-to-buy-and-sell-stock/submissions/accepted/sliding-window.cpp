// Two pointers: buy day l, sell day r; jump l to r whenever a cheaper day shows up.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int l = 0, best = 0;
        for (int r = 1; r < (int)prices.size(); ++r) {
            if (prices[r] < prices[l]) l = r;
            else best = max(best, prices[r] - prices[l]);
        }
        return best;
    }
};
