// One pass with a hash map from value to its earliest position (ignores the sorting).
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)numbers.size(); ++i) {
            auto it = seen.find(target - numbers[i]);
            if (it != seen.end()) return {it->second + 1, i + 1};
            if (!seen.count(numbers[i])) seen[numbers[i]] = i;
        }
        return {};
    }
};
