// Classic mistake: a pair counts whenever its first digit is 1 or 2, so "27", "28" and "29" become letters.
class Solution {
public:
    int numDecodings(string s) {
        int n = s.size();
        vector<int> dp(n + 1, 0);
        dp[0] = 1;
        for (int i = 1; i <= n; ++i) {
            if (s[i - 1] != '0') dp[i] = dp[i - 1];
            if (i >= 2 && (s[i - 2] == '1' || s[i - 2] == '2')) dp[i] += dp[i - 2];
        }
        return dp[n];
    }
};
