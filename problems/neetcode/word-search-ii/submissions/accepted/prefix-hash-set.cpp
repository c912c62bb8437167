// No trie: hash sets of all word prefixes and of the words; the DFS grows a string and stops at non-prefixes.
class Solution {
    unordered_set<string> prefixes, wordSet, seen;
    vector<string> res;
    string cur;

    void dfs(vector<vector<char>>& b, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)b.size() || c >= (int)b[0].size() || b[r][c] == '#') return;
        char ch = b[r][c];
        cur.push_back(ch);
        if (prefixes.count(cur)) {
            if (wordSet.count(cur) && seen.insert(cur).second) res.push_back(cur);
            b[r][c] = '#';
            dfs(b, r + 1, c);
            dfs(b, r - 1, c);
            dfs(b, r, c + 1);
            dfs(b, r, c - 1);
            b[r][c] = ch;
        }
        cur.pop_back();
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        for (const string& w : words) {
            wordSet.insert(w);
            for (size_t i = 1; i <= w.size(); ++i) prefixes.insert(w.substr(0, i));
        }
        for (int r = 0; r < (int)board.size(); ++r)
            for (int c = 0; c < (int)board[0].size(); ++c) dfs(board, r, c);
        return res;
    }
};
