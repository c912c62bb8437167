// Fix: for an empty array nums.size() - 1 wraps around to the largest size_t; add on the other side instead.
class Solution {
public:
    int countDescents(vector<int>& nums) {
        int count = 0;
        for (size_t i = 0; i + 1 < nums.size(); ++i)
            if (nums[i] > nums[i + 1]) ++count;
        return count;
    }
};
