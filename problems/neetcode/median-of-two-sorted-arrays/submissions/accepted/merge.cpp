// Merge the two arrays up to the middle: O(m + n), fine for m + n <= 2000.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        int m = nums1.size(), n = nums2.size(), total = m + n;
        vector<int> merged;
        merged.reserve(total);
        int i = 0, j = 0;
        while (i < m || j < n) {
            if (j == n || (i < m && nums1[i] <= nums2[j])) merged.push_back(nums1[i++]);
            else merged.push_back(nums2[j++]);
        }
        if (total % 2) return merged[total / 2];
        return (merged[total / 2 - 1] + (double)merged[total / 2]) / 2.0;
    }
};
