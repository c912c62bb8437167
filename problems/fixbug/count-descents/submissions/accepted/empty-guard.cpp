// Fix: return early for an empty array, the one case where size() - 1 wraps.
class Solution {
public:
    int countDescents(vector<int>& nums) {
        int count = 0;
        if (nums.empty()) return 0;
        for (size_t i = 0; i < nums.size() - 1; ++i)
            if (nums[i] > nums[i + 1]) ++count;
        return count;
    }
};
