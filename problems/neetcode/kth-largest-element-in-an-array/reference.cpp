class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        // Introselect: the k-th largest sits at index k - 1 of a descending order.
        vector<int> v = nums;
        nth_element(v.begin(), v.begin() + (k - 1), v.end(), greater<int>());
        return v[k - 1];
    }
};
