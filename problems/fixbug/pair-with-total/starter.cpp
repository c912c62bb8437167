class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        for (size_t i = 0; i < prices.size(); ++i)
            for (size_t j = i + 1; j < prices.size(); ++j)
                if (prices[i] + prices[j] == target) return true;
        return false;
    }
};
