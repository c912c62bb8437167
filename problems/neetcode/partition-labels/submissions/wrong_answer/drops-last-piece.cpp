// Classic mistake: records a piece only when the next one begins, so the final piece is never added.
class Solution {
public:
    vector<int> partitionLabels(string s) {
        int last[26];
        for (int i = 0; i < (int)s.size(); ++i) last[s[i] - 'a'] = i;
        vector<int> sizes;
        int start = 0, end = 0;
        for (int i = 0; i < (int)s.size(); ++i) {
            if (i > end) {
                sizes.push_back(i - start);
                start = i;
            }
            end = max(end, last[s[i] - 'a']);
        }
        if (sizes.empty()) sizes.push_back(s.size());
        return sizes;
    }
};
