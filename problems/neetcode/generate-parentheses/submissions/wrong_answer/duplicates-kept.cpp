// Classic mistake: a string is "(" + A + ")" or a concatenation A + B of smaller answers, but "()()()" splits several ways and repeats are never removed.
class Solution {
public:
    vector<string> generateParenthesis(int n) {
        vector<vector<string>> dp(n + 1);
        dp[1] = {"()"};
        for (int k = 2; k <= n; ++k) {
            for (const string& a : dp[k - 1]) dp[k].push_back("(" + a + ")");
            for (int i = 1; i < k; ++i)
                for (const string& a : dp[i])
                    for (const string& b : dp[k - i]) dp[k].push_back(a + b);
        }
        return dp[n];
    }
};
