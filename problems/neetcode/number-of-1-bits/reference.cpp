class Solution {
public:
    int hammingWeight(uint32_t n) {
        // n & (n - 1) clears the lowest set bit: one round per 1 bit.
        int count = 0;
        while (n) {
            n &= n - 1;
            ++count;
        }
        return count;
    }
};
