// Classic mistake: ORs the bit in and then shifts, so the result is shifted once too often and bit 0 of n falls off the top.
class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        uint32_t res = 0;
        for (int i = 0; i < 32; ++i) {
            res |= n & 1;
            res <<= 1;
            n >>= 1;
        }
        return res;
    }
};
