// Classic mistake: special-cases an empty array by returning the other's middle element, forgetting even lengths.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        if (nums1.empty()) return nums2[nums2.size() / 2];
        if (nums2.empty()) return nums1[nums1.size() / 2];
        vector<int> merged;
        merge(nums1.begin(), nums1.end(), nums2.begin(), nums2.end(), back_inserter(merged));
        int t = merged.size();
        if (t % 2) return merged[t / 2];
        return (merged[t / 2 - 1] + merged[t / 2]) / 2.0;
    }
};
