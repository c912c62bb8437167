// Classic mistake: always returns the element at index (m+n)/2, treating even totals like odd ones.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        vector<int> merged;
        merge(nums1.begin(), nums1.end(), nums2.begin(), nums2.end(), back_inserter(merged));
        return merged[merged.size() / 2];
    }
};
