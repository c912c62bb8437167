// Test the lowest bit and shift right, 32 times; n is unsigned so the shift brings in zeros.
class Solution {
public:
    int hammingWeight(uint32_t n) {
        int count = 0;
        for (int i = 0; i < 32; ++i) {
            count += n & 1;
            n >>= 1;
        }
        return count;
    }
};
