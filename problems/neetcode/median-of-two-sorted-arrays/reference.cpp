class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        // Binary search on how many elements of the shorter array A belong to
        // the lower half (size (m+n+1)/2); B supplies the rest.
        vector<int>& A = nums1.size() <= nums2.size() ? nums1 : nums2;
        vector<int>& B = nums1.size() <= nums2.size() ? nums2 : nums1;
        int m = A.size(), n = B.size(), half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            long long aLeft = i > 0 ? A[i - 1] : LLONG_MIN, aRight = i < m ? A[i] : LLONG_MAX;
            long long bLeft = j > 0 ? B[j - 1] : LLONG_MIN, bRight = j < n ? B[j] : LLONG_MAX;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                long long leftMax = max(aLeft, bLeft);
                if ((m + n) % 2) return leftMax;
                return (leftMax + min(aRight, bRight)) / 2.0;
            }
        }
    }
};
