// Classic mistake: checks columns and the r - c diagonals but forgets the r + c anti-diagonals.
class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<vector<string>> out;
        vector<string> board(n, string(n, '.'));
        vector<bool> col(n), diag(2 * n - 1);
        function<void(int)> go = [&](int r) {
            if (r == n) {
                out.push_back(board);
                return;
            }
            for (int c = 0; c < n; ++c) {
                if (col[c] || diag[r - c + n - 1]) continue;
                col[c] = diag[r - c + n - 1] = true;
                board[r][c] = 'Q';
                go(r + 1);
                board[r][c] = '.';
                col[c] = diag[r - c + n - 1] = false;
            }
        };
        go(0);
        return out;
    }
};
