// Classic mistake: removes only spaces, so punctuation still takes part in the comparison.
class Solution {
public:
    bool isPalindrome(string s) {
        string t;
        for (char c : s)
            if (c != ' ') t += (char)tolower((unsigned char)c);
        return equal(t.begin(), t.end(), t.rbegin());
    }
};
