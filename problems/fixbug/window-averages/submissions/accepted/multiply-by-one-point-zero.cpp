// Fix: make the division a floating-point one by multiplying by 1.0 first.
class Solution {
public:
    vector<double> windowAverages(vector<int>& nums, int k) {
        vector<double> averages;
        long long sum = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            sum += nums[i];
            if (i >= k) sum -= nums[i - k];
            if (i >= k - 1) averages.push_back(1.0 * sum / k);
        }
        return averages;
    }
};
