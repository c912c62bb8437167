// Classic mistake: sorts ascending and takes index k - 1, the k-th smallest.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        return v[k - 1];
    }
};
