// O(n^2) with a hash set per fixed element; triplets are deduplicated in a set of sorted triples.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        int n = nums.size();
        set<array<int, 3>> found;
        for (int i = 0; i < n; ++i) {
            unordered_set<int> seen;
            seen.reserve(2 * n);
            for (int j = i + 1; j < n; ++j) {
                int need = -nums[i] - nums[j];
                if (seen.count(need)) {
                    array<int, 3> t = {nums[i], nums[j], need};
                    sort(t.begin(), t.end());
                    found.insert(t);
                }
                seen.insert(nums[j]);
            }
        }
        vector<vector<int>> res;
        for (auto& t : found) res.push_back({t[0], t[1], t[2]});
        return res;
    }
};
