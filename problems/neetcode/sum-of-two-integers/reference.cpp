class Solution {
public:
    int getSum(int a, int b) {
        // XOR adds without carrying, AND finds the carries; repeat until no carry is left.
        // Unsigned arithmetic keeps the shifts of negative (two's complement) values well defined.
        unsigned x = a, y = b;
        while (y != 0) {
            unsigned carry = (x & y) << 1;
            x ^= y;
            y = carry;
        }
        return (int)x;
    }
};
