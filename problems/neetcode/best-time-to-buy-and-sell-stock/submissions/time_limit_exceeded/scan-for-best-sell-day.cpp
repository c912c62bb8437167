// Brute force: for every buy day, the best later sell day found by scanning the rest: O(n^2) at n = 10^5.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            int sell = i;
            for (int j = i + 1; j < n; ++j)
                if (prices[j] > prices[sell]) sell = j;
            best = max(best, prices[sell] - prices[i]);
        }
        return best;
    }
};
