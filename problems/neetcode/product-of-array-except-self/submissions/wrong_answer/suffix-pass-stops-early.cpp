// Classic off-by-one: the right-to-left pass stops at index 1, so answer[0] never gets the product on its right.
class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        vector<int> answer(n, 1);
        for (int i = 1; i < n; ++i) answer[i] = answer[i - 1] * nums[i - 1];
        int right = 1;
        for (int i = n - 1; i > 0; --i) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
};
