// Top-down: ways(i) = ways(i + 1) [one digit, not '0'] + ways(i + 2) [two digits in 10..26], memoized.
class Solution {
    vector<int> memo;
    int ways(const string& s, int i) {
        if (i == (int)s.size()) return 1;
        if (s[i] == '0') return 0;
        if (memo[i] >= 0) return memo[i];
        int r = ways(s, i + 1);
        if (i + 1 < (int)s.size() && (s[i] - '0') * 10 + (s[i + 1] - '0') <= 26) r += ways(s, i + 2);
        return memo[i] = r;
    }
public:
    int numDecodings(string s) {
        memo.assign(s.size(), -1);
        return ways(s, 0);
    }
};
