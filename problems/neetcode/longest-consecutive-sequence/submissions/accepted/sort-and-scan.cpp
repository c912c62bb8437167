// Sort, then scan: a duplicate keeps the run, a step of exactly 1 extends it. O(n log n).
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        if (nums.empty()) return 0;
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int best = 1, cur = 1;
        for (size_t i = 1; i < v.size(); ++i) {
            if (v[i] == v[i - 1]) continue;
            if ((long long)v[i] - v[i - 1] == 1) ++cur;
            else cur = 1;
            best = max(best, cur);
        }
        return best;
    }
};
