// Classic mistake: a piece ends at the last copy of its first letter; letters inside are never allowed to stretch it.
class Solution {
public:
    vector<int> partitionLabels(string s) {
        int last[26];
        for (int i = 0; i < (int)s.size(); ++i) last[s[i] - 'a'] = i;
        vector<int> sizes;
        int start = 0;
        while (start < (int)s.size()) {
            int end = last[s[start] - 'a'];
            sizes.push_back(end - start + 1);
            start = end + 1;
        }
        return sizes;
    }
};
