// Binary search on the value: if more than m numbers are <= m, the duplicate is <= m. O(n log n), no changes to nums.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        int lo = 1, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            int atMost = 0;
            for (int x : nums) atMost += x <= mid;
            if (atMost > mid) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
};
