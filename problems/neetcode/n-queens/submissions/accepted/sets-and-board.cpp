// Row-by-row backtracking with boolean arrays for columns, diagonals (r - c + n - 1) and
// anti-diagonals (r + c).
class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<vector<string>> out;
        vector<string> board(n, string(n, '.'));
        vector<bool> col(n), diag(2 * n - 1), anti(2 * n - 1);
        function<void(int)> go = [&](int r) {
            if (r == n) {
                out.push_back(board);
                return;
            }
            for (int c = 0; c < n; ++c) {
                if (col[c] || diag[r - c + n - 1] || anti[r + c]) continue;
                col[c] = diag[r - c + n - 1] = anti[r + c] = true;
                board[r][c] = 'Q';
                go(r + 1);
                board[r][c] = '.';
                col[c] = diag[r - c + n - 1] = anti[r + c] = false;
            }
        };
        go(0);
        return out;
    }
};
