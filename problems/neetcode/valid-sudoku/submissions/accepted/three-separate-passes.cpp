// Checks all rows, then all columns, then all boxes, each unit with a fresh bool[10].
class Solution {
    bool unitOk(vector<vector<char>>& b, int r0, int c0, int dr, int dc, int h, int w) {
        bool seen[10] = {};
        for (int i = 0; i < h; ++i)
            for (int j = 0; j < w; ++j) {
                char c = b[r0 + i * dr][c0 + j * dc];
                if (c == '.') continue;
                if (seen[c - '0']) return false;
                seen[c - '0'] = true;
            }
        return true;
    }
public:
    bool isValidSudoku(vector<vector<char>>& board) {
        for (int k = 0; k < 9; ++k) {
            if (!unitOk(board, k, 0, 1, 1, 1, 9)) return false;  // row k
            if (!unitOk(board, 0, k, 1, 1, 9, 1)) return false;  // column k
            if (!unitOk(board, k / 3 * 3, k % 3 * 3, 1, 1, 3, 3)) return false;  // box k
        }
        return true;
    }
};
