// Right to left: the goal moves to any index that can jump to it; success if the goal reaches 0.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int goal = nums.size() - 1;
        for (int i = goal - 1; i >= 0; --i)
            if (i + nums[i] >= goal) goal = i;
        return goal == 0;
    }
};
