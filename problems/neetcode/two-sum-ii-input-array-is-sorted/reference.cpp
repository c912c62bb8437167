class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        // Two pointers: a sum that is too small rules out the left value, too big the right one.
        int lo = 0, hi = (int)numbers.size() - 1;
        while (lo < hi) {
            int s = numbers[lo] + numbers[hi];
            if (s == target) return {lo + 1, hi + 1};
            if (s < target) ++lo; else --hi;
        }
        return {};
    }
};
