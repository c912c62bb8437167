// Classic mistake: removes duplicates from the input first, so triplets that use a
// value twice ([-1,-1,2]) or three times ([0,0,0]) are lost.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        a.erase(unique(a.begin(), a.end()), a.end());
        int n = a.size();
        vector<vector<int>> res;
        for (int i = 0; i < n - 2; ++i) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s < 0) ++lo;
                else if (s > 0) --hi;
                else res.push_back({a[i], a[lo], a[hi]}), ++lo, --hi;
            }
        }
        return res;
    }
};
