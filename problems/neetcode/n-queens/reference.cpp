class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        this->n = n;
        result.clear();
        board.assign(n, string(n, '.'));
        place(0, 0, 0, 0);
        return result;
    }

private:
    int n = 0;
    vector<vector<string>> result;
    vector<string> board;
    // cols, diag, anti: bitmasks of attacked columns in the current row.
    void place(int row, unsigned cols, unsigned diag, unsigned anti) {
        if (row == n) {
            result.push_back(board);
            return;
        }
        unsigned full = (1u << n) - 1;
        for (unsigned free = full & ~(cols | diag | anti); free; free &= free - 1) {
            int c = __builtin_ctz(free);
            unsigned bit = 1u << c;
            board[row][c] = 'Q';
            place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
            board[row][c] = '.';
        }
    }
};
