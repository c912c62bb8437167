// Classic mistake: sorts the values and returns positions in the sorted array.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int lo = 0, hi = (int)v.size() - 1;
        while (lo < hi) {
            long long s = (long long)v[lo] + v[hi];
            if (s == target) return {lo, hi};
            if (s < target) ++lo; else --hi;
        }
        return {};
    }
};
