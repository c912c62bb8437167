// Classic mistake: never checks for overflow, so an out-of-range reverse comes back truncated to 32 bits instead of 0.
class Solution {
public:
    int reverse(int x) {
        long long r = 0;
        for (long long v = x; v != 0; v /= 10) r = r * 10 + v % 10;
        return (int)r;
    }
};
