// Classic mistake: the loop runs 31 times (as if n were a non-negative int), so bit 31 is never counted.
class Solution {
public:
    int hammingWeight(uint32_t n) {
        int count = 0;
        for (int i = 0; i < 31; ++i)
            if (n & (1u << i)) ++count;
        return count;
    }
};
