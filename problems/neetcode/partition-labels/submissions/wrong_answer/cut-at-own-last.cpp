// Classic mistake: cuts as soon as the current letter is at its last occurrence, forgetting earlier letters of the piece.
class Solution {
public:
    vector<int> partitionLabels(string s) {
        int last[26];
        for (int i = 0; i < (int)s.size(); ++i) last[s[i] - 'a'] = i;
        vector<int> sizes;
        int start = 0;
        for (int i = 0; i < (int)s.size(); ++i)
            if (i == last[s[i] - 'a']) {
                sizes.push_back(i - start + 1);
                start = i + 1;
            }
        return sizes;
    }
};
