// Classic mistake: the bitwise adder stops at bit 30 (as if only non-negative ints mattered), so the sign bit of a negative sum is lost.
class Solution {
public:
    int getSum(int a, int b) {
        unsigned x = a, y = b, res = 0, carry = 0;
        for (int i = 0; i < 31; ++i) {
            unsigned bx = x >> i & 1u, by = y >> i & 1u;
            res |= (bx ^ by ^ carry) << i;
            carry = (bx & by) | (bx & carry) | (by & carry);
        }
        return (int)res;
    }
};
