// Classic mistake: memoizes on the remaining sum only, forgetting the index, so results leak between positions.
class Solution {
    unordered_map<int, int> memo;
    int count(const vector<int>& a, int i, int rest) {
        if (i == (int)a.size()) return rest == 0;
        auto it = memo.find(rest);
        if (it != memo.end()) return it->second;
        int r = count(a, i + 1, rest - a[i]) + count(a, i + 1, rest + a[i]);
        return memo[rest] = r;
    }
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        memo.clear();
        return count(nums, 0, target);
    }
};
