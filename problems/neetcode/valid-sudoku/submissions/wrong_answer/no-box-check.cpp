// Classic mistake: checks rows and columns but forgets the 3x3 boxes.
class Solution {
public:
    bool isValidSudoku(vector<vector<char>>& board) {
        for (int i = 0; i < 9; ++i) {
            bool inRow[10] = {}, inCol[10] = {};
            for (int j = 0; j < 9; ++j) {
                char r = board[i][j], c = board[j][i];
                if (r != '.') { if (inRow[r - '0']) return false; inRow[r - '0'] = true; }
                if (c != '.') { if (inCol[c - '0']) return false; inCol[c - '0'] = true; }
            }
        }
        return true;
    }
};
