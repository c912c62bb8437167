// Classic mistake: returns 0-based positions instead of 1-based ones.
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int lo = 0, hi = (int)numbers.size() - 1;
        while (lo < hi) {
            int s = numbers[lo] + numbers[hi];
            if (s == target) return {lo, hi};
            if (s < target) ++lo; else --hi;
        }
        return {};
    }
};
