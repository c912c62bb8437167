// Classic mistake: reads the bits with % 2 and / 2 on a signed int; once the top bit makes it negative, x % 2 is -1 or 0.
class Solution {
public:
    int hammingWeight(uint32_t n) {
        int x = n;
        int count = 0;
        for (int i = 0; i < 32; ++i) {
            count += x % 2;
            x /= 2;
        }
        return count;
    }
};
