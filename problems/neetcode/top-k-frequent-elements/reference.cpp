class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        // Count, then bucket the values by their count (0..n) and read the
        // buckets from the highest count down until k values are taken.
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        int n = nums.size();
        vector<vector<int>> bucket(n + 1);
        for (auto& [value, c] : count) bucket[c].push_back(value);
        vector<int> result;
        for (int c = n; c >= 1 && (int)result.size() < k; --c)
            for (int value : bucket[c]) {
                if ((int)result.size() == k) break;
                result.push_back(value);
            }
        return result;
    }
};
