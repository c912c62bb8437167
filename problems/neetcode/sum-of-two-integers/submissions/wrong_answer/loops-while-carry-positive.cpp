// Classic mistake: loops while the carry is positive (not non-zero), so a negative b or a carry reaching bit 31 stops the loop early.
class Solution {
public:
    int getSum(int a, int b) {
        while (b > 0) {
            int carry = (int)((unsigned)(a & b) << 1);
            a ^= b;
            b = carry;
        }
        return a;
    }
};
