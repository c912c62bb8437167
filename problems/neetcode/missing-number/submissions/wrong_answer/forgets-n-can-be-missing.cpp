// Classic mistake: after sorting, only looks for an index whose value differs; when every index matches, the answer n is never returned.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (int i = 0; i < (int)nums.size(); ++i)
            if (nums[i] != i) return i;
        return -1;
    }
};
