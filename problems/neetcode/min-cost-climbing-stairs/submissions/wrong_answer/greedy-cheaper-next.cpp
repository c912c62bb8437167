// Classic mistake: greedy; begins on the cheaper of the first two steps and always moves to the cheaper
// of the next two steps.
class Solution {
public:
    int minCostClimbingStairs(vector<int>& cost) {
        int n = cost.size();
        int i = cost[0] <= cost[1] ? 0 : 1, total = 0;
        while (i < n) {
            total += cost[i];
            if (i + 2 >= n) break;  // the top is within reach
            i += cost[i + 1] <= cost[i + 2] ? 1 : 2;
        }
        return total;
    }
};
