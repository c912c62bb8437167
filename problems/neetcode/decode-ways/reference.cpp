class Solution {
public:
    int numDecodings(string s) {
        // prev2, prev1: number of decodings of the prefixes of length i - 2 and i - 1.
        int prev2 = 0, prev1 = 1;
        for (size_t i = 1; i <= s.size(); ++i) {
            int cur = 0;
            if (s[i - 1] != '0') cur += prev1;  // last letter = one digit, 1..9
            if (i >= 2 && (s[i - 2] == '1' || (s[i - 2] == '2' && s[i - 1] <= '6')))
                cur += prev2;                   // last letter = two digits, 10..26
            prev2 = prev1;
            prev1 = cur;
        }
        return prev1;
    }
};
