// Classic mistake: marks cells as used but never unmarks them when a branch fails, so a
// dead end blocks cells that a later path needs.
class Solution {
public:
    bool exist(vector<vector<char>>& board, string word) {
        used.assign(board.size(), vector<bool>(board[0].size(), false));
        for (int r = 0; r < (int)board.size(); ++r)
            for (int c = 0; c < (int)board[0].size(); ++c)
                if (dfs(board, word, r, c, 0)) return true;
        return false;
    }

private:
    vector<vector<bool>> used;
    bool dfs(vector<vector<char>>& board, const string& word, int r, int c, int i) {
        if (i == (int)word.size()) return true;
        if (r < 0 || c < 0 || r >= (int)board.size() || c >= (int)board[0].size()) return false;
        if (used[r][c] || board[r][c] != word[i]) return false;
        used[r][c] = true;
        return dfs(board, word, r + 1, c, i + 1) || dfs(board, word, r - 1, c, i + 1) ||
               dfs(board, word, r, c + 1, i + 1) || dfs(board, word, r, c - 1, i + 1);
    }
};
