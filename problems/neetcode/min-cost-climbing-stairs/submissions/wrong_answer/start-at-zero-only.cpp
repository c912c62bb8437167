// Classic mistake: forgets that the climb may begin on step 1 and always starts on step 0.
class Solution {
public:
    int minCostClimbingStairs(vector<int>& cost) {
        int n = cost.size();
        vector<int> best(n + 1);
        best[0] = cost[0];
        best[1] = cost[0] + cost[1];
        for (int i = 2; i < n; ++i) best[i] = cost[i] + min(best[i - 1], best[i - 2]);
        return min(best[n - 1], best[n - 2]);
    }
};
