class Solution {
public:
    int maxProfit(vector<int>& prices) {
        // Best profit at the end of the day when holding a share, having sold today, or idle.
        int hold = INT_MIN / 2, sold = 0, idle = 0;
        for (int p : prices) {
            int prevSold = sold;
            sold = hold + p;                 // sell the share held since an earlier day
            hold = max(hold, idle - p);      // keep it, or buy today from an idle (cooled-down) state
            idle = max(idle, prevSold);      // yesterday's sale has cooled down by today
        }
        return max(sold, idle);
    }
};
