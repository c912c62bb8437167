// Classic mistake: skips the fixed value when it equals the NEXT one (not the previous one),
// so only the last copy is fixed and triplets like [-1,-1,2] are lost.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        int n = a.size();
        vector<vector<int>> res;
        for (int i = 0; i < n - 2; ++i) {
            if (a[i] == a[i + 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s < 0) ++lo;
                else if (s > 0) --hi;
                else {
                    res.push_back({a[i], a[lo], a[hi]});
                    ++lo, --hi;
                    while (lo < hi && a[lo] == a[lo - 1]) ++lo;
                    while (lo < hi && a[hi] == a[hi + 1]) --hi;
                }
            }
        }
        return res;
    }
};
