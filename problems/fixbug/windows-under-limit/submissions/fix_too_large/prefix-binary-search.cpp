// Correct, but a rewrite: prefix sums and a binary search per right end.
class Solution {
public:
    long long countWindows(vector<int>& nums, long long limit) {
        vector<long long> prefix(1, 0);
        for (int x : nums) prefix.push_back(prefix.back() + x);
        long long count = 0;
        for (size_t r = 1; r < prefix.size(); ++r)
            count += prefix.begin() + r - lower_bound(prefix.begin(), prefix.begin() + r, prefix[r] - limit);
        return count;
    }
};
