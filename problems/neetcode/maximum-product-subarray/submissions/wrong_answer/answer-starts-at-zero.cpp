// Classic mistake: initialises the answer to 0, so an array whose best product is negative
// (a single negative element) returns 0.
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int hi = 1, lo = 1, best = 0;
        for (int x : nums) {
            if (x < 0) swap(hi, lo);
            hi = max(x, hi * x);
            lo = min(x, lo * x);
            best = max(best, hi);
        }
        return best;
    }
};
