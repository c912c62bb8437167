// Fix: sum / k divided two integers, dropping the fraction before it became a double.
class Solution {
public:
    vector<double> windowAverages(vector<int>& nums, int k) {
        vector<double> averages;
        long long sum = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            sum += nums[i];
            if (i >= k) sum -= nums[i - k];
            if (i >= k - 1) averages.push_back(static_cast<double>(sum) / k);
        }
        return averages;
    }
};
