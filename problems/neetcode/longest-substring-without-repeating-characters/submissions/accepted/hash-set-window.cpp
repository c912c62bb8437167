// Sliding window with a hash set: shrink from the left until the new character is gone.
class Solution {
public:
    int lengthOfLongestSubstring(string& s) {
        unordered_set<char> window;
        int left = 0, best = 0;
        for (int r = 0; r < (int)s.size(); ++r) {
            while (window.count(s[r])) window.erase(s[left++]);
            window.insert(s[r]);
            best = max(best, r - left + 1);
        }
        return best;
    }
};
