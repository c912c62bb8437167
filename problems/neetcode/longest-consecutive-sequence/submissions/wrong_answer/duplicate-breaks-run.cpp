// Classic mistake: after sorting, a repeated value resets the current run instead of being skipped.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        if (nums.empty()) return 0;
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int best = 1, cur = 1;
        for (size_t i = 1; i < v.size(); ++i) {
            if ((long long)v[i] == (long long)v[i - 1] + 1) ++cur;
            else cur = 1;
            best = max(best, cur);
        }
        return best;
    }
};
