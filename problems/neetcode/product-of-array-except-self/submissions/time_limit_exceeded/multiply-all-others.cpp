// Brute force: multiplies the n - 1 other values for every i, O(n^2) = 10^10 multiplications at n = 10^5.
class Solution {
public:
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        vector<int> answer(n);
        for (int i = 0; i < n; ++i) {
            int p = 1;
            for (int j = 0; j < n; ++j)
                if (j != i) p *= nums[j];
            answer[i] = p;
        }
        return answer;
    }
};
