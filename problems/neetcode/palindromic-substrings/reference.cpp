class Solution {
public:
    int countSubstrings(string s) {
        int n = s.size(), count = 0;
        // Grow around each of the 2n - 1 centres; every matching step is one more palindrome.
        for (int c = 0; c < 2 * n - 1; ++c) {
            int l = c / 2, r = l + c % 2;
            while (l >= 0 && r < n && s[l] == s[r]) {
                ++count;
                --l, ++r;
            }
        }
        return count;
    }
};
