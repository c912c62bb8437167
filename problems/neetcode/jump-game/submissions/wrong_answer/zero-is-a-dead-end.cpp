// Classic mistake: gives up at any 0 before the last index, even one that can be jumped over.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        for (int i = 0; i + 1 < (int)nums.size(); ++i)
            if (nums[i] == 0) return false;
        return true;
    }
};
