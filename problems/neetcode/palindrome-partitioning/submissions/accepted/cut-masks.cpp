// Enumerate all 2^(n-1) sets of cut positions and keep those whose pieces are all palindromes:
// 32768 masks of at most 16 pieces at n = 16.
class Solution {
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        vector<vector<string>> out;
        for (int mask = 0; mask < (1 << (n - 1)); ++mask) {
            vector<string> pieces;
            int start = 0;
            bool ok = true;
            for (int i = 0; i < n && ok; ++i) {
                if (i == n - 1 || (mask >> i & 1)) {  // a piece ends after s[i]
                    string piece = s.substr(start, i - start + 1);
                    ok = equal(piece.begin(), piece.end(), piece.rbegin());
                    pieces.push_back(piece);
                    start = i + 1;
                }
            }
            if (ok) out.push_back(pieces);
        }
        return out;
    }
};
