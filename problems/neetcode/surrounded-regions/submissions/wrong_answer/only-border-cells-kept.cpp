// Classic mistake: keeps only the 'O' cells lying on the border itself and captures every inner
// 'O', even when its region is connected to a border 'O'.
class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        for (int r = 1; r + 1 < m; ++r)
            for (int c = 1; c + 1 < n; ++c)
                if (board[r][c] == 'O') board[r][c] = 'X';
    }
};
