// Not fixed: counts left over from an earlier word spoil the next comparison.
class Solution {
    static bool sameLetters(const string& a, const string& b) {
        if (a.size() != b.size()) return false;
        int count[26];
        for (char c : a) ++count[c - 'a'];
        for (char c : b) --count[c - 'a'];
        for (int x : count)
            if (x != 0) return false;
        return true;
    }
public:
    int countAnagrams(vector<string>& words, string pattern) {
        int total = 0;
        for (const string& w : words)
            if (sameLetters(w, pattern)) ++total;
        return total;
    }
};
