// Brute force: the buy/sell/skip recursion without a memo - exponential in the number of days.
class Solution {
    vector<int> p;
    int best(int i, bool holding) {
        if (i >= (int)p.size()) return 0;
        int r = best(i + 1, holding);
        if (holding) r = max(r, p[i] + best(i + 2, false));
        else r = max(r, best(i + 1, true) - p[i]);
        return r;
    }
public:
    int maxProfit(vector<int>& prices) {
        p = prices;
        return best(0, false);
    }
};
