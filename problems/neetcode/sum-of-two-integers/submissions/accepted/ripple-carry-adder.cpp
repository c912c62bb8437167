// A 32-bit ripple-carry adder: for each bit position, sum bit = x ^ y ^ carry, next carry = majority.
class Solution {
public:
    int getSum(int a, int b) {
        unsigned x = a, y = b, res = 0, carry = 0;
        for (int i = 0; i < 32; ++i) {
            unsigned bx = x >> i & 1u, by = y >> i & 1u;
            res |= (bx ^ by ^ carry) << i;
            carry = (bx & by) | (bx & carry) | (by & carry);
        }
        return (int)res;
    }
};
