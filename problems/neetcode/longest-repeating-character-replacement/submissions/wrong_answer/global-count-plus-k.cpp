// Classic mistake: takes the most frequent letter of the whole string plus k, as if its
// copies were next to each other.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int cnt[26] = {};
        for (char c : s) ++cnt[c - 'A'];
        return min((int)s.size(), *max_element(cnt, cnt + 26) + k);
    }
};
