// Correct, but a rewrite with prefix sums, not a fix.
class Solution {
public:
    vector<double> windowAverages(vector<int>& nums, int k) {
        int n = nums.size();
        vector<long long> prefix(n + 1, 0);
        for (int i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + nums[i];
        vector<double> averages;
        for (int i = k; i <= n; ++i) averages.push_back((prefix[i] - prefix[i - k]) / (double)k);
        return averages;
    }
};
