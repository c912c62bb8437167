// Fix: one step of the left end may not be enough; shrink until the sum fits again.
class Solution {
public:
    long long countWindows(vector<int>& nums, long long limit) {
        long long count = 0, sum = 0;
        int left = 0;
        for (int right = 0; right < (int)nums.size(); ++right) {
            sum += nums[right];
            while (sum > limit && left <= right) {
                sum -= nums[left];
                ++left;
            }
            count += right - left + 1;
        }
        return count;
    }
};
