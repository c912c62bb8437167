// Classic mistake: longest common substring of s and reverse(s) without checking that the two copies
// line up; on "aacabdkacaa" it returns "aaca", which is not a palindrome.
class Solution {
public:
    string longestPalindrome(string s) {
        int n = s.size(), bestEnd = 0, bestLen = 0;
        string r(s.rbegin(), s.rend());
        vector<int> prev(n + 1, 0), cur(n + 1, 0);
        for (int i = 1; i <= n; ++i) {
            for (int j = 1; j <= n; ++j) {
                cur[j] = s[i - 1] == r[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] > bestLen) bestLen = cur[j], bestEnd = i;
            }
            swap(prev, cur);
        }
        return s.substr(bestEnd - bestLen, bestLen);
    }
};
