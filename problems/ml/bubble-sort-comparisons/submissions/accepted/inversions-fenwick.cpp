// No simulation: swaps = number of inversions; the passes needed are 1 + the largest number of
// greater elements standing before any element (capped at n - 1). Counted with a Fenwick tree.
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        int n = nums.size();
        vector<int> vals(nums);
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size();
        vector<int> bit(m + 1, 0);
        long long inversions = 0;
        int maxGreaterBefore = 0;
        for (int j = 0; j < n; ++j) {
            int r = lower_bound(vals.begin(), vals.end(), nums[j]) - vals.begin() + 1;
            int notGreater = 0;  // earlier elements <= nums[j]
            for (int i = r; i > 0; i -= i & -i) notGreater += bit[i];
            int greater = j - notGreater;
            inversions += greater;
            maxGreaterBefore = max(maxGreaterBefore, greater);
            for (int i = r; i <= m; i += i & -i) ++bit[i];
        }
        int passes = n == 1 ? 0 : min(maxGreaterBefore + 1, n - 1);
        long long comparisons = 0;
        for (int p = 1; p <= passes; ++p) comparisons += n - p;
        vector<int> out(nums);
        sort(out.begin(), out.end());
        out.push_back((int)comparisons);
        out.push_back((int)inversions);
        return out;
    }
};
