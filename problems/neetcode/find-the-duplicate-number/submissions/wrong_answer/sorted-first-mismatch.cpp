// Classic mistake: after sorting, returns the first value not at its "own" place (v[i] != i + 1);
// that is the duplicate only if no smaller value is missing.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        for (int i = 0; i < (int)v.size(); ++i)
            if (v[i] != i + 1) return v[i];
        return v.back();
    }
};
