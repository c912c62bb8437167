// Classic mistake: takes the median of each array and averages those two medians.
class Solution {
    double median(const vector<int>& v) {
        int n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        if (nums1.empty()) return median(nums2);
        if (nums2.empty()) return median(nums1);
        return (median(nums1) + median(nums2)) / 2.0;
    }
};
