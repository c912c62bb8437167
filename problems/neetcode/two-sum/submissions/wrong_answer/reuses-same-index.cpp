// Classic mistake: inserts before looking up, so a value can pair with itself.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            seen[nums[i]] = i;
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
        }
        return {};
    }
};
