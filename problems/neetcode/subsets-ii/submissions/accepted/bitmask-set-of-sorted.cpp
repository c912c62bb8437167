// Sort, enumerate all 2^n bitmasks, and let a set of vectors drop repeated subsets (sorted input makes equal subsets equal vectors).
class Solution {
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        int n = a.size();
        set<vector<int>> unique;
        for (int mask = 0; mask < (1 << n); ++mask) {
            vector<int> s;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1) s.push_back(a[j]);
            unique.insert(s);
        }
        return vector<vector<int>>(unique.begin(), unique.end());
    }
};
