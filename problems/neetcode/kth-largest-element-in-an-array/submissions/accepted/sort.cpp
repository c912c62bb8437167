// Sort descending and index: O(n log n), fast enough at n = 10^5.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> v = nums;
        sort(v.rbegin(), v.rend());
        return v[k - 1];
    }
};
