// Classic mistake: tests letters with one range 'A'..'z', which also lets in [ \ ] ^ _ and the backquote.
class Solution {
public:
    bool isPalindrome(string s) {
        string t;
        for (char c : s)
            if ((c >= 'A' && c <= 'z') || (c >= '0' && c <= '9')) t += (char)tolower((unsigned char)c);
        return equal(t.begin(), t.end(), t.rbegin());
    }
};
