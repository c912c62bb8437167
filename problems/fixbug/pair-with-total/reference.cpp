// Fix: cents are not exact in binary, so 0.1 + 0.2 != 0.3; amounts that differ differ by at least 0.01, so compare within half a cent.
class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        for (size_t i = 0; i < prices.size(); ++i)
            for (size_t j = i + 1; j < prices.size(); ++j)
                if (fabs(prices[i] + prices[j] - target) < 0.005) return true;
        return false;
    }
};
