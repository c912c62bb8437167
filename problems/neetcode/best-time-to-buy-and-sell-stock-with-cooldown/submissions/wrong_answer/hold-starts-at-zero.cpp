// Classic mistake: starts the "holding" state at 0, as if the first share were free.
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int hold = 0, sold = 0, idle = 0;
        for (int p : prices) {
            int prevSold = sold;
            sold = hold + p;
            hold = max(hold, idle - p);
            idle = max(idle, prevSold);
        }
        return max(sold, idle);
    }
};
