// Classic mistake: the best length is only updated when a run breaks, so the run that reaches the largest value is never counted.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        if (nums.empty()) return 0;
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int best = 1, cur = 1;
        for (size_t i = 1; i < v.size(); ++i) {
            if (v[i] == v[i - 1]) continue;
            if ((long long)v[i] - v[i - 1] == 1) {
                ++cur;
            } else {
                best = max(best, cur);
                cur = 1;
            }
        }
        return best;
    }
};
