// Fix: round every amount to whole cents and compare integers.
class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        for (size_t i = 0; i < prices.size(); ++i)
            for (size_t j = i + 1; j < prices.size(); ++j)
                if (llround(prices[i] * 100) + llround(prices[j] * 100) == llround(target * 100)) return true;
        return false;
    }
};
