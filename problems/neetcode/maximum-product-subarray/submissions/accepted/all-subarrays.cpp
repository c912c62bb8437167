// O(n^2): the product of every subarray from each start, 2*10^8 multiplications at n = 2*10^4.
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int n = nums.size(), best = nums[0];
        for (int i = 0; i < n; ++i) {
            int p = 1;
            for (int j = i; j < n; ++j) {
                p *= nums[j];
                best = max(best, p);
            }
        }
        return best;
    }
};
