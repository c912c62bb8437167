// Classic mistake: keeps only letters (isalpha), so digits are thrown away too.
class Solution {
public:
    bool isPalindrome(string s) {
        string t;
        for (char c : s)
            if (isalpha((unsigned char)c)) t += (char)tolower((unsigned char)c);
        return equal(t.begin(), t.end(), t.rbegin());
    }
};
