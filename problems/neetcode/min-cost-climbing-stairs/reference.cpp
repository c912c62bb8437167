class Solution {
public:
    int minCostClimbingStairs(vector<int>& cost) {
        // a, b: cheapest total to stand on steps i - 2 and i - 1 (each paid).
        int a = cost[0], b = cost[1];
        for (size_t i = 2; i < cost.size(); ++i) {
            int c = cost[i] + min(a, b);
            a = b;
            b = c;
        }
        return min(a, b);  // the top is reached from either of the last two steps
    }
};
