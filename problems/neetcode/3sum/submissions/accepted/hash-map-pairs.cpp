// O(n^2) with a hash map instead of two pointers: after sorting, every pair of distinct values
// (a, b) looks up c = -a - b, which must sit after b (c >= b), in a map from value to last index.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        unordered_map<int, int> last;
        for (int k = 0; k < n; ++k) last[nums[k]] = k;
        vector<vector<int>> res;
        for (int i = 0; i < n; ++i) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            for (int j = i + 1; j < n; ++j) {
                if (j > i + 1 && nums[j] == nums[j - 1]) continue;
                int need = -nums[i] - nums[j];
                if (need < nums[j]) break;
                auto it = last.find(need);
                if (it != last.end() && it->second > j) res.push_back({nums[i], nums[j], need});
            }
        }
        return res;
    }
};
