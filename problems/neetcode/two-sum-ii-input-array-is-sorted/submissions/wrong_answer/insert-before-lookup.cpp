// Classic mistake: stores the current value before looking up its complement,
// so a value that is half the target is paired with itself.
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        unordered_map<int, int> pos;
        for (int i = 0; i < (int)numbers.size(); ++i) {
            pos[numbers[i]] = i;
            auto it = pos.find(target - numbers[i]);
            if (it != pos.end()) return {it->second + 1, i + 1};
        }
        return {};
    }
};
