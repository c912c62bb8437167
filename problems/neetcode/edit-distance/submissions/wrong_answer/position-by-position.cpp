// Classic mistake: compares the words position by position and adds the length difference, never aligning shifts.
class Solution {
public:
    int minDistance(string word1, string word2) {
        size_t k = min(word1.size(), word2.size());
        int d = 0;
        for (size_t i = 0; i < k; ++i) d += word1[i] != word2[i];
        return d + (int)(max(word1.size(), word2.size()) - k);
    }
};
