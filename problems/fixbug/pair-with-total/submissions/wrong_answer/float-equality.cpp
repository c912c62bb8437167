// Compares as float: near 10^6 a float cannot tell cents apart, so different amounts match.
class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        for (size_t i = 0; i < prices.size(); ++i)
            for (size_t j = i + 1; j < prices.size(); ++j)
                if ((float)(prices[i] + prices[j]) == (float)target) return true;
        return false;
    }
};
