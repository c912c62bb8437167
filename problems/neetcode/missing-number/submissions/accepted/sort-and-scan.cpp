// Sort; the first index whose value differs from the index is missing, and if none does, n is.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int n = v.size();
        for (int i = 0; i < n; ++i)
            if (v[i] != i) return i;
        return n;
    }
};
