// Classic mistake: a pair of digits is accepted when its value is <= 26, forgetting it must be >= 10,
// so "01" ... "09" count as letters.
class Solution {
public:
    int numDecodings(string s) {
        int n = s.size();
        vector<int> dp(n + 1, 0);
        dp[0] = 1;
        for (int i = 1; i <= n; ++i) {
            if (s[i - 1] != '0') dp[i] = dp[i - 1];
            if (i >= 2) {
                int two = (s[i - 2] - '0') * 10 + (s[i - 1] - '0');
                if (two <= 26) dp[i] += dp[i - 2];
            }
        }
        return dp[n];
    }
};
