// Top-down: best(i) = cost[i] + min(best(i + 1), best(i + 2)) from the top down, memoized.
class Solution {
    vector<int> memo;
    int best(const vector<int>& cost, int i) {
        if (i >= (int)cost.size()) return 0;
        if (memo[i] >= 0) return memo[i];
        return memo[i] = cost[i] + min(best(cost, i + 1), best(cost, i + 2));
    }
public:
    int minCostClimbingStairs(vector<int>& cost) {
        memo.assign(cost.size(), -1);
        return min(best(cost, 0), best(cost, 1));
    }
};
