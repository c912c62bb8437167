// Classic mistake: the binary search for the complement starts at i instead of i + 1,
// so a value that is half the target pairs with its own position.
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int n = numbers.size();
        for (int i = 0; i < n; ++i) {
            auto it = lower_bound(numbers.begin() + i, numbers.end(), target - numbers[i]);
            if (it != numbers.end() && *it == target - numbers[i]) return {i + 1, int(it - numbers.begin()) + 1};
        }
        return {};
    }
};
