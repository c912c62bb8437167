// Classic mistake: handles a value used twice but forgets the triplet [0,0,0],
// where one value is used three times.
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
                if (z < y || !cnt.count(z)) continue;
                if (x == y && y == z) continue;
                if ((x == y || y == z) && cnt[y] < 2) continue;
                res.push_back({x, y, z});
            }
        return res;
    }
};
