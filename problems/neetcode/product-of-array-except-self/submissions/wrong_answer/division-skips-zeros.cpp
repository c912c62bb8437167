// Classic mistake: divides the product of the non-zero values, forgetting that a zero elsewhere makes the answer 0.
class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        long long product = 1;
        for (int x : nums)
            if (x != 0) product *= x;
        vector<int> answer(nums.size());
        for (size_t i = 0; i < nums.size(); ++i)
            answer[i] = nums[i] == 0 ? (int)product : (int)(product / nums[i]);
        return answer;
    }
};
