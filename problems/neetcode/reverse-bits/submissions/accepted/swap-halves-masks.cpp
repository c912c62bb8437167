// Divide and conquer with masks: swap the 16-bit halves, then bytes, nibbles, bit pairs and bits.
class Solution {
public:
    uint32_t reverseBits(uint32_t n) {
        n = (n >> 16) | (n << 16);
        n = ((n & 0xff00ff00u) >> 8) | ((n & 0x00ff00ffu) << 8);
        n = ((n & 0xf0f0f0f0u) >> 4) | ((n & 0x0f0f0f0fu) << 4);
        n = ((n & 0xccccccccu) >> 2) | ((n & 0x33333333u) << 2);
        n = ((n & 0xaaaaaaaau) >> 1) | ((n & 0x55555555u) << 1);
        return n;
    }
};
