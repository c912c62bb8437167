// For each left position, binary search the complement strictly to its right: O(n log n).
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int n = numbers.size();
        for (int i = 0; i < n; ++i) {
            auto it = lower_bound(numbers.begin() + i + 1, numbers.end(), target - numbers[i]);
            if (it != numbers.end() && *it == target - numbers[i]) return {i + 1, int(it - numbers.begin()) + 1};
        }
        return {};
    }
};
