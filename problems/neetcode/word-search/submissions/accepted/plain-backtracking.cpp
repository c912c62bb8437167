// Plain backtracking with a separate visited grid and no pruning at all: at most about
// 4*10^6 path extensions on a 6x6 board with a 15-letter word, fast enough.
class Solution {
public:
    bool exist(vector<vector<char>>& board, string word) {
        m = board.size(), n = board[0].size();
        used.assign(m, vector<bool>(n, false));
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (dfs(board, word, r, c, 0)) return true;
        return false;
    }

private:
    int m = 0, n = 0;
    vector<vector<bool>> used;
    bool dfs(const vector<vector<char>>& board, const string& word, int r, int c, int i) {
        if (i == (int)word.size()) return true;
        if (r < 0 || c < 0 || r >= m || c >= n || used[r][c] || board[r][c] != word[i]) return false;
        used[r][c] = true;
        static const int dr[4] = {-1, 0, 1, 0}, dc[4] = {0, 1, 0, -1};
        for (int d = 0; d < 4; ++d)
            if (dfs(board, word, r + dr[d], c + dc[d], i + 1)) {
                used[r][c] = false;
                return true;
            }
        used[r][c] = false;
        return false;
    }
};
