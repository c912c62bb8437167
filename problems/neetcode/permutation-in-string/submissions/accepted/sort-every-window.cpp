// Brute force: sort s1, then sort every window of s2 of the same length and compare.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        sort(s1.begin(), s1.end());
        for (int i = 0; i + m <= n; ++i) {
            string w = s2.substr(i, m);
            sort(w.begin(), w.end());
            if (w == s1) return true;
        }
        return false;
    }
};
