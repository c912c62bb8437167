// Classic mistake: adds up every positive element, as if the subarray could skip the negatives.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int total = 0, top = INT_MIN;
        for (int x : nums) {
            if (x > 0) total += x;
            top = max(top, x);
        }
        return top <= 0 ? top : total;
    }
};
