// Classic off-by-one: the bucket scan starts at count n - 1, so a value occurring n times is never returned.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        int n = nums.size();
        vector<vector<int>> bucket(n + 1);
        for (auto& [value, c] : count) bucket[c].push_back(value);
        vector<int> result;
        for (int c = n - 1; c >= 1 && (int)result.size() < k; --c)
            for (int value : bucket[c])
                if ((int)result.size() < k) result.push_back(value);
        return result;
    }
};
