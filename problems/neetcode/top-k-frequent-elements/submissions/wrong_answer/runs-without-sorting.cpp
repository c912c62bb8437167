// Classic mistake: counts runs of equal neighbours without sorting first, so scattered copies are not added up.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (size_t i = 0; i < nums.size();) {
            size_t j = i;
            while (j < nums.size() && nums[j] == nums[i]) ++j;
            count[nums[i]] = max(count[nums[i]], (int)(j - i));
            i = j;
        }
        vector<pair<int, int>> byCount;
        for (auto& [value, c] : count) byCount.push_back({c, value});
        sort(byCount.rbegin(), byCount.rend());
        vector<int> result;
        for (int i = 0; i < k && i < (int)byCount.size(); ++i) result.push_back(byCount[i].second);
        return result;
    }
};
