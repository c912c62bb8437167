// Classic mistake: 31 rounds instead of 32, so bit 31 of n is dropped and every other bit lands one place too low.
class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        uint32_t res = 0;
        for (int i = 0; i < 31; ++i) {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        return res;
    }
};
