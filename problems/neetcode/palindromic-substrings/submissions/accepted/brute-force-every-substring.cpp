// O(n^3) brute force: tests every substring with two pointers. At n = 1000 with all letters equal this
// is ~8*10^7 character comparisons, well inside the limit.
class Solution {
    bool isPalindrome(const string& s, int i, int j) {
        while (i < j)
            if (s[i++] != s[j--]) return false;
        return true;
    }
public:
    int countSubstrings(string s) {
        int n = s.size(), count = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j) count += isPalindrome(s, i, j);
        return count;
    }
};
