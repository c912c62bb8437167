// Classic mistake: does not skip empty cells, so two '.' in one row already count as a repeat.
class Solution {
public:
    bool isValidSudoku(vector<vector<char>>& board) {
        for (int i = 0; i < 9; ++i) {
            set<char> r, c, b;
            for (int j = 0; j < 9; ++j) {
                if (!r.insert(board[i][j]).second) return false;
                if (!c.insert(board[j][i]).second) return false;
                if (!b.insert(board[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3]).second) return false;
            }
        }
        return true;
    }
};
