// Classic mistake: box index i/3 + j/3 instead of (i/3)*3 + j/3, so different boxes share a table.
class Solution {
public:
    bool isValidSudoku(vector<vector<char>>& board) {
        bool row[9][10] = {}, col[9][10] = {}, box[9][10] = {};
        for (int i = 0; i < 9; ++i)
            for (int j = 0; j < 9; ++j) {
                if (board[i][j] == '.') continue;
                int d = board[i][j] - '0', b = i / 3 + j / 3;
                if (row[i][d] || col[j][d] || box[b][d]) return false;
                row[i][d] = col[j][d] = box[b][d] = true;
            }
        return true;
    }
};
