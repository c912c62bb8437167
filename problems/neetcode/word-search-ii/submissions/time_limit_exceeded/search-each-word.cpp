// Brute force: runs the single-word board search (Word Search I) once per word, starting from every cell.
class Solution {
    bool dfs(vector<vector<char>>& b, const string& w, int i, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)b.size() || c >= (int)b[0].size() || b[r][c] != w[i]) return false;
        if (i + 1 == (int)w.size()) return true;
        char ch = b[r][c];
        b[r][c] = '#';
        bool ok = dfs(b, w, i + 1, r + 1, c) || dfs(b, w, i + 1, r - 1, c) ||
                  dfs(b, w, i + 1, r, c + 1) || dfs(b, w, i + 1, r, c - 1);
        b[r][c] = ch;
        return ok;
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        int cnt[26] = {0};  // skip words that use a letter more often than the board has it
        for (auto& row : board) for (char ch : row) cnt[ch - 'a']++;
        vector<string> res;
        for (const string& w : words) {
            int need[26] = {0};
            bool possible = true;
            for (char ch : w) if (++need[ch - 'a'] > cnt[ch - 'a']) possible = false;
            if (!possible) continue;
            bool found = false;
            for (int r = 0; r < (int)board.size() && !found; ++r)
                for (int c = 0; c < (int)board[0].size() && !found; ++c)
                    found = dfs(board, w, 0, r, c);
            if (found) res.push_back(w);
        }
        return res;
    }
};
