// Classic mistake: skips non-alphanumerics but forgets to lower-case, so 'A' and 'a' differ.
class Solution {
public:
    bool isPalindrome(string s) {
        int i = 0, j = (int)s.size() - 1;
        while (i < j) {
            if (!isalnum((unsigned char)s[i])) { ++i; continue; }
            if (!isalnum((unsigned char)s[j])) { --j; continue; }
            if (s[i] != s[j]) return false;
            ++i, --j;
        }
        return true;
    }
};
