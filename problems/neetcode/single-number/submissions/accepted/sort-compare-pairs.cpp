// Sort, then walk pair by pair; the first pair whose two slots differ starts with the single value.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        int n = v.size();
        for (int i = 0; i + 1 < n; i += 2)
            if (v[i] != v[i + 1]) return v[i];
        return v[n - 1];
    }
};
