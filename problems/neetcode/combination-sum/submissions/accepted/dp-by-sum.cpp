// Unbounded-knapsack DP over sums: ways[s] lists the combinations of s; taking candidates in the outer loop keeps each combination in one order.
class Solution {
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        vector<vector<vector<int>>> ways(target + 1);
        ways[0].push_back({});
        for (int x : candidates)
            for (int s = x; s <= target; ++s)
                for (const auto& w : ways[s - x]) {
                    ways[s].push_back(w);
                    ways[s].back().push_back(x);
                }
        return ways[target];
    }
};
