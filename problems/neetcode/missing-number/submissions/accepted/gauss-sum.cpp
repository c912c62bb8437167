// The numbers 0..n add up to n(n + 1)/2; whatever the array's sum lacks is the missing number.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        int n = nums.size();
        long long total = (long long)n * (n + 1) / 2;
        for (int x : nums) total -= x;
        return (int)total;
    }
};
