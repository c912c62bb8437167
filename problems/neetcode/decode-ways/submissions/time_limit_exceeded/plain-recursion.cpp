// Brute force: ways(i) = ways(i + 1) + ways(i + 2) without a memo; the call count grows with the number of
// partial readings (about 10^11 calls on 44 ones followed by threes).
class Solution {
    int ways(const string& s, int i) {
        if (i == (int)s.size()) return 1;
        if (s[i] == '0') return 0;
        int r = ways(s, i + 1);
        if (i + 1 < (int)s.size() && (s[i] == '1' || (s[i] == '2' && s[i + 1] <= '6'))) r += ways(s, i + 2);
        return r;
    }
public:
    int numDecodings(string s) {
        return ways(s, 0);
    }
};
