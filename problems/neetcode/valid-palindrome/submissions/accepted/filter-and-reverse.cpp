// Builds the cleaned lower-case string and compares it with its reverse.
class Solution {
public:
    bool isPalindrome(string s) {
        string t;
        for (char c : s)
            if (isalnum((unsigned char)c)) t += (char)tolower((unsigned char)c);
        return equal(t.begin(), t.end(), t.rbegin());
    }
};
