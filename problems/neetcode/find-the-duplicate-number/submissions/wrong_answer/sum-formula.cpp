// Classic mistake: sum(nums) - n(n+1)/2 assumes every value 1..n is present and the duplicate occurs
// exactly twice; with more copies some values are missing and the difference is meaningless.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        long long n = (long long)nums.size() - 1;
        long long sum = 0;
        for (int x : nums) sum += x;
        return (int)(sum - n * (n + 1) / 2);
    }
};
