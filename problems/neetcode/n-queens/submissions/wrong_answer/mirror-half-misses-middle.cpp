// Classic mistake: the symmetry speed-up tries only columns 0 .. n/2 - 1 for the first queen
// and adds the mirror image of each solution, forgetting the middle column when n is odd.
class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<vector<string>> out;
        vector<string> board(n, string(n, '.'));
        vector<bool> col(n), diag(2 * n - 1), anti(2 * n - 1);
        function<void(int)> go = [&](int r) {
            if (r == n) {
                out.push_back(board);
                vector<string> mirror = board;
                for (auto& row : mirror) reverse(row.begin(), row.end());
                out.push_back(mirror);
                return;
            }
            int limit = r == 0 ? n / 2 : n;
            for (int c = 0; c < limit; ++c) {
                if (col[c] || diag[r - c + n - 1] || anti[r + c]) continue;
                col[c] = diag[r - c + n - 1] = anti[r + c] = true;
                board[r][c] = 'Q';
                go(r + 1);
                board[r][c] = '.';
                col[c] = diag[r - c + n - 1] = anti[r + c] = false;
            }
        };
        if (n == 1) return {{"Q"}};
        go(0);
        return out;
    }
};
