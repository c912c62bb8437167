// Recursive form: sum(a, b) = sum(a ^ b, carry) until the carry is 0 (at most 32 levels).
class Solution {
    static unsigned add(unsigned x, unsigned y) { return y == 0 ? x : add(x ^ y, (x & y) << 1); }
public:
    int getSum(int a, int b) { return (int)add(a, b); }
};
