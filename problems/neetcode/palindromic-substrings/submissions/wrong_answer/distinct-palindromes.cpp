// Classic mistake: counts distinct palindromic texts (a set), but equal substrings at different positions count separately.
class Solution {
public:
    int countSubstrings(string s) {
        int n = s.size();
        unordered_set<string> seen;
        for (int c = 0; c < 2 * n - 1; ++c)
            for (int l = c / 2, r = l + c % 2; l >= 0 && r < n && s[l] == s[r]; --l, ++r)
                seen.insert(s.substr(l, r - l + 1));
        return seen.size();
    }
};
