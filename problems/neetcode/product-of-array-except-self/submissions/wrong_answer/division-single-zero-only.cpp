// Classic mistake: handles one zero, but with two zeros the zero positions still get the product of the rest.
class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        long long product = 1;
        bool hasZero = false;
        for (int x : nums) {
            if (x == 0) hasZero = true;
            else product *= x;
        }
        vector<int> answer(nums.size());
        for (size_t i = 0; i < nums.size(); ++i) {
            if (nums[i] == 0) answer[i] = (int)product;
            else answer[i] = hasZero ? 0 : (int)(product / nums[i]);
        }
        return answer;
    }
};
