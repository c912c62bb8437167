// DP over positions 0..n: reach[i] = cheapest total to arrive at position i (not yet paying cost[i]).
class Solution {
public:
    int minCostClimbingStairs(vector<int>& cost) {
        int n = cost.size();
        vector<int> reach(n + 1, 0);
        for (int i = 2; i <= n; ++i)
            reach[i] = min(reach[i - 1] + cost[i - 1], reach[i - 2] + cost[i - 2]);
        return reach[n];
    }
};
