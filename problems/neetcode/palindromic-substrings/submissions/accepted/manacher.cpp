// Manacher's algorithm: radius p[i] on the separated string gives (p[i] + 1) / 2 palindromes per centre.
class Solution {
public:
    int countSubstrings(string s) {
        string t = "^#";
        for (char c : s) t += c, t += '#';
        t += '$';
        int m = t.size(), center = 0, right = 0, count = 0;
        vector<int> p(m, 0);
        for (int i = 1; i < m - 1; ++i) {
            if (i < right) p[i] = min(right - i, p[2 * center - i]);
            while (t[i + p[i] + 1] == t[i - p[i] - 1]) ++p[i];
            if (i + p[i] > right) center = i, right = i + p[i];
            count += (p[i] + 1) / 2;
        }
        return count;
    }
};
