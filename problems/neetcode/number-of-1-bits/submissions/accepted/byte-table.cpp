// Precomputed counts for every byte value, then four table lookups (the follow-up's answer).
class Solution {
public:
    int hammingWeight(uint32_t n) {
        static int table[256];
        static bool ready = false;
        if (!ready) {
            for (int b = 1; b < 256; ++b) table[b] = table[b >> 1] + (b & 1);
            ready = true;
        }
        return table[n & 255] + table[(n >> 8) & 255] + table[(n >> 16) & 255] + table[n >> 24];
    }
};
