// Classic mistake: copies n into a signed int and loops while it is positive, so a set top bit (a negative int) counts nothing.
class Solution {
public:
    int hammingWeight(uint32_t n) {
        int x = n;
        int count = 0;
        while (x > 0) {
            count += x & 1;
            x >>= 1;
        }
        return count;
    }
};
