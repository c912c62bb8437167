// Brute force: a cut between i and i+1 is allowed when no letter occurs on both sides; make every allowed cut.
// O(26 n) with prefix counts (O(n^2) would pass as well at n = 500).
class Solution {
public:
    vector<int> partitionLabels(string s) {
        int n = s.size();
        vector<int> total(26, 0), left(26, 0);
        for (char c : s) ++total[c - 'a'];
        vector<int> sizes;
        int start = 0;
        for (int i = 0; i < n; ++i) {
            ++left[s[i] - 'a'];
            bool shared = false;
            for (int c = 0; c < 26; ++c)
                if (left[c] > 0 && left[c] < total[c]) shared = true;
            if (!shared) {
                sizes.push_back(i - start + 1);
                start = i + 1;
            }
        }
        return sizes;
    }
};
