// Classic mistake: reverses to_string(x) including its '-', which ends up at the back where the parser ignores it: negative inputs come out positive.
class Solution {
public:
    int reverse(int x) {
        string s = to_string(x);
        std::reverse(s.begin(), s.end());
        long long r = stoll(s);
        if (r > INT_MAX || r < INT_MIN) return 0;
        return (int)r;
    }
};
