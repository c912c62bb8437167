// Hand-written character classes instead of <cctype>, filtered into a vector first.
class Solution {
public:
    bool isPalindrome(string s) {
        vector<char> t;
        for (char c : s) {
            if (c >= 'A' && c <= 'Z') t.push_back(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t.push_back(c);
        }
        for (size_t i = 0, j = t.size(); i + 1 < j; ++i, --j)
            if (t[i] != t[j - 1]) return false;
        return true;
    }
};
