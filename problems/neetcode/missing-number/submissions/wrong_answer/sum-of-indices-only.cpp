// Classic mistake: the expected total adds only the indices 0..n-1 and leaves out n itself.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        int expected = 0, actual = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            expected += i;
            actual += nums[i];
        }
        return expected - actual;
    }
};
