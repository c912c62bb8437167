// One unordered_set of strings such as "5 in row 3", "5 in col 1", "5 in box 0/1".
class Solution {
public:
    bool isValidSudoku(vector<vector<char>>& board) {
        unordered_set<string> seen;
        for (int i = 0; i < 9; ++i)
            for (int j = 0; j < 9; ++j) {
                char c = board[i][j];
                if (c == '.') continue;
                string d(1, c);
                if (!seen.insert(d + " in row " + to_string(i)).second) return false;
                if (!seen.insert(d + " in col " + to_string(j)).second) return false;
                if (!seen.insert(d + " in box " + to_string(i / 3) + "/" + to_string(j / 3)).second) return false;
            }
        return true;
    }
};
