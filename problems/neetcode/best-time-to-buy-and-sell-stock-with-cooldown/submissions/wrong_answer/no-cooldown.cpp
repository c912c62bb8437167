// Classic mistake: ignores the cooldown and adds every rising step (the Stock II answer).
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int total = 0;
        for (size_t i = 1; i < prices.size(); ++i)
            if (prices[i] > prices[i - 1]) total += prices[i] - prices[i - 1];
        return total;
    }
};
