// Classic mistake: applies the carry only once, (a ^ b) ^ ((a & b) << 1), so carries produced by the carry itself are lost.
class Solution {
public:
    int getSum(int a, int b) {
        unsigned x = a, y = b;
        return (int)((x ^ y) ^ ((x & y) << 1));
    }
};
