// Classic mistake: averages the two middle values with integer division, losing the .5.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        vector<int> merged;
        merge(nums1.begin(), nums1.end(), nums2.begin(), nums2.end(), back_inserter(merged));
        int t = merged.size();
        if (t % 2) return merged[t / 2];
        return (merged[t / 2 - 1] + merged[t / 2]) / 2;
    }
};
