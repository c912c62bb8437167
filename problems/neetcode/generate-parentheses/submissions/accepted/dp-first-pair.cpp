// Dynamic programming on the pair that starts the string: "(" + inner + ")" + rest, with inner and rest built from fewer pairs.
class Solution {
public:
    vector<string> generateParenthesis(int n) {
        vector<vector<string>> dp(n + 1);
        dp[0] = {""};
        for (int k = 1; k <= n; ++k)
            for (int inner = 0; inner < k; ++inner)
                for (const string& a : dp[inner])
                    for (const string& b : dp[k - 1 - inner])
                        dp[k].push_back("(" + a + ")" + b);
        return dp[n];
    }
};
