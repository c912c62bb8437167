// Classic mistake: guards only against exceeding INT_MAX, so a negative reverse below INT_MIN is returned truncated instead of 0.
class Solution {
public:
    int reverse(int x) {
        long long r = 0;
        for (long long v = x; v != 0; v /= 10) r = r * 10 + v % 10;
        if (r > INT_MAX) return 0;
        return (int)r;
    }
};
