class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        // 32 rounds: the lowest bit of n is appended to the result, which moves it up step by step.
        uint32_t res = 0;
        for (int i = 0; i < 32; ++i) {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        return res;
    }
};
