// Classic mistake: loops while n != 0 instead of 32 times, so n's leading zeros never push the bits up to their place.
class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        uint32_t res = 0;
        while (n) {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        return res;
    }
};
