// Top-down: best(i, holding) over the days from i on; selling on day i jumps to day i + 2.
class Solution {
    vector<int> p;
    vector<array<int, 2>> memo;
    int best(int i, int holding) {
        if (i >= (int)p.size()) return 0;
        int& m = memo[i][holding];
        if (m >= 0) return m;
        int r = best(i + 1, holding);                        // do nothing today
        if (holding) r = max(r, p[i] + best(i + 2, 0));      // sell, then cool down tomorrow
        else r = max(r, best(i + 1, 1) - p[i]);              // buy
        return m = r;
    }
public:
    int maxProfit(vector<int>& prices) {
        p = prices;
        memo.assign(p.size(), {-1, -1});
        return best(0, 0);
    }
};
