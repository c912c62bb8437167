// Copy each set bit i of n to position 31 - i.
class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        uint32_t res = 0;
        for (int i = 0; i < 32; ++i)
            if (n >> i & 1u) res |= 1u << (31 - i);
        return res;
    }
};
