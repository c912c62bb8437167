// Division done right: product of the non-zero values plus a count of zeros.
class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        long long product = 1;
        int zeros = 0;
        for (int x : nums) {
            if (x == 0) ++zeros;
            else product *= x;
        }
        vector<int> answer(nums.size(), 0);
        for (size_t i = 0; i < nums.size(); ++i) {
            if (zeros >= 2) answer[i] = 0;
            else if (zeros == 1) answer[i] = nums[i] == 0 ? (int)product : 0;
            else answer[i] = (int)(product / nums[i]);
        }
        return answer;
    }
};
