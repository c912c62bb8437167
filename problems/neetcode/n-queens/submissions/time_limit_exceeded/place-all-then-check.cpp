// Brute force without pruning: every row's queen in every column (n^n = 3.9*10^8 boards at
// n = 9), and a board is checked for attacks only once all n queens are placed.
class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<int> col(n);
        vector<vector<string>> out;
        function<void(int)> go = [&](int r) {
            if (r == n) {
                for (int i = 0; i < n; ++i)
                    for (int j = i + 1; j < n; ++j)
                        if (col[i] == col[j] || abs(col[i] - col[j]) == j - i) return;
                vector<string> board(n, string(n, '.'));
                for (int k = 0; k < n; ++k) board[k][col[k]] = 'Q';
                out.push_back(board);
                return;
            }
            for (int c = 0; c < n; ++c) {
                col[r] = c;
                go(r + 1);
            }
        };
        go(0);
        return out;
    }
};
