// Concatenate and sort: O((m + n) log(m + n)), ignores that the inputs are sorted.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        vector<int> all(nums1);
        all.insert(all.end(), nums2.begin(), nums2.end());
        sort(all.begin(), all.end());
        int t = all.size();
        return t % 2 ? all[t / 2] : (all[t / 2 - 1] + all[t / 2]) / 2.0;
    }
};
