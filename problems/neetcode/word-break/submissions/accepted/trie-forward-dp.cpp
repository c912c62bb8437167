// Forward DP with a trie: from every reachable start, walk the trie along s and mark each
// position where a word ends as reachable.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        vector<array<int, 26>> next(1);
        vector<char> end(1, 0);
        next[0].fill(-1);
        for (const string& w : wordDict) {
            int node = 0;
            for (char ch : w) {
                int c = ch - 'a';
                if (next[node][c] < 0) {
                    next[node][c] = next.size();
                    next.emplace_back();
                    next.back().fill(-1);
                    end.push_back(0);
                }
                node = next[node][c];
            }
            end[node] = 1;
        }
        int n = s.size();
        vector<char> reach(n + 1, 0);
        reach[0] = 1;
        for (int i = 0; i < n; ++i) {
            if (!reach[i]) continue;
            int node = 0;
            for (int j = i; j < n; ++j) {
                node = next[node][s[j] - 'a'];
                if (node < 0) break;
                if (end[node]) reach[j + 1] = 1;
            }
        }
        return reach[n];
    }
};
