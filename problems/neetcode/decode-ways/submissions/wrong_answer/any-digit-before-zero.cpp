// Classic mistake: a '0' is assumed to pair with the digit before it, so "30", "40" and "00" are read as letters.
class Solution {
public:
    int numDecodings(string s) {
        int n = s.size();
        vector<int> dp(n + 1, 0);
        dp[0] = 1;
        for (int i = 1; i <= n; ++i) {
            if (s[i - 1] == '0') {
                dp[i] = i >= 2 ? dp[i - 2] : 0;
                continue;
            }
            dp[i] = dp[i - 1];
            if (i >= 2) {
                int two = (s[i - 2] - '0') * 10 + (s[i - 1] - '0');
                if (two >= 10 && two <= 26) dp[i] += dp[i - 2];
            }
        }
        return dp[n];
    }
};
