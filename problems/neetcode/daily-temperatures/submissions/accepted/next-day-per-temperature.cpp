// Right to left, remembering the next day of every temperature 30..100: O(71 n).
class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> ans(n, 0), next(102, INT_MAX);
        for (int i = n - 1; i >= 0; --i) {
            int best = INT_MAX;
            for (int t = temperatures[i] + 1; t <= 100; ++t) best = min(best, next[t]);
            if (best != INT_MAX) ans[i] = best - i;
            next[temperatures[i]] = i;
        }
        return ans;
    }
};
