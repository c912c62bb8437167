class Solution {
public:
    int maxProfit(vector<int>& prices) {
        // One pass: the best sale today uses the cheapest price seen before it.
        int lowest = INT_MAX, best = 0;
        for (int p : prices) {
            lowest = min(lowest, p);
            best = max(best, p - lowest);
        }
        return best;
    }
};
