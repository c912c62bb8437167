// Counts of the distinct values; pick x <= y <= z = -x-y among them and check the counts.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        map<int, int> cnt;
        for (int x : nums) ++cnt[x];
        vector<int> v;
        for (auto& [x, c] : cnt) v.push_back(x);
        vector<vector<int>> res;
        int m = v.size();
        for (int i = 0; i < m; ++i)
            for (int j = i; j < m; ++j) {
                int x = v[i], y = v[j], z = -x - y;
                if (z < y) break;
                auto it = cnt.find(z);
                if (it == cnt.end()) continue;
                int need = (x == y) + (y == z) + 1;  // copies of the repeated value needed
                if (need > 1 && cnt[y] < need) continue;
                res.push_back({x, y, z});
            }
        return res;
    }
};
