// Classic mistake: greedily rides every rising run to its peak and then skips one day,
// never cutting a run short to free the next day for a bigger trade.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size(), i = 0, total = 0;
        while (i < n) {
            while (i + 1 < n && prices[i + 1] <= prices[i]) ++i;   // valley
            int j = i;
            while (j + 1 < n && prices[j + 1] > prices[j]) ++j;    // peak
            total += prices[j] - prices[i];
            i = j == i ? j + 1 : j + 2;                              // cooldown after a sale
        }
        return total;
    }
};
