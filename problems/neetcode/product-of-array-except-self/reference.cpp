class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        // answer[i] = (product left of i) * (product right of i), in two passes.
        int n = nums.size();
        vector<int> answer(n, 1);
        int left = 1;
        for (int i = 0; i < n; ++i) {
            answer[i] = left;
            left *= nums[i];
        }
        int right = 1;
        for (int i = n - 1; i >= 0; --i) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
};
