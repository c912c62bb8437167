// Correct, but a rewrite: compare sorted letters.
class Solution {
public:
    int countAnagrams(vector<string>& words, string pattern) {
        sort(pattern.begin(), pattern.end());
        int total = 0;
        for (string w : words) {
            sort(w.begin(), w.end());
            total += w == pattern;
        }
        return total;
    }
};
