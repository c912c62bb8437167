// Manacher's algorithm on the string with separators: O(n).
class Solution {
public:
    string longestPalindrome(string s) {
        string t = "^#";
        for (char c : s) t += c, t += '#';
        t += '$';
        int m = t.size(), center = 0, right = 0;
        vector<int> p(m, 0);
        for (int i = 1; i < m - 1; ++i) {
            if (i < right) p[i] = min(right - i, p[2 * center - i]);
            while (t[i + p[i] + 1] == t[i - p[i] - 1]) ++p[i];
            if (i + p[i] > right) center = i, right = i + p[i];
        }
        int best = max_element(p.begin() + 1, p.end() - 1) - p.begin();
        return s.substr((best - p[best]) / 2, p[best]);
    }
};
