// Recursive DFS from every border 'O' marks escaping cells as 'S'; then 'O' -> 'X', 'S' -> 'O'.
class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        for (int r = 0; r < m; ++r) keep(board, r, 0), keep(board, r, n - 1);
        for (int c = 0; c < n; ++c) keep(board, 0, c), keep(board, m - 1, c);
        for (auto& row : board)
            for (char& ch : row) ch = ch == 'S' ? 'O' : 'X';
    }

private:
    void keep(vector<vector<char>>& b, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)b.size() || c >= (int)b[0].size() || b[r][c] != 'O') return;
        b[r][c] = 'S';
        keep(b, r + 1, c), keep(b, r - 1, c), keep(b, r, c + 1), keep(b, r, c - 1);
    }
};
