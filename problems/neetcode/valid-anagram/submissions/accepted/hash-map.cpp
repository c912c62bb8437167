// Counts in an unordered_map (works for any characters, the Unicode follow-up).
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        unordered_map<char, int> cnt;
        for (char c : s) ++cnt[c];
        for (char c : t) {
            auto it = cnt.find(c);
            if (it == cnt.end() || it->second == 0) return false;
            --it->second;
        }
        return true;
    }
};
