// Brute force: best(i) = cost[i] + min(best(i + 1), best(i + 2)) without a memo, exponential in n.
class Solution {
    int best(const vector<int>& cost, int i) {
        if (i >= (int)cost.size()) return 0;
        return cost[i] + min(best(cost, i + 1), best(cost, i + 2));
    }
public:
    int minCostClimbingStairs(vector<int>& cost) {
        return min(best(cost, 0), best(cost, 1));
    }
};
