// Casts the size to int, but comparing with the size_t index turns -1 back into 2^64 - 1.
class Solution {
public:
    int countDescents(vector<int>& nums) {
        int count = 0;
        for (size_t i = 0; i < (int)nums.size() - 1; ++i)
            if (nums[i] > nums[i + 1]) ++count;
        return count;
    }
};
