class Solution {
public:
    bool exist(vector<vector<char>>& board, string word) {
        int m = board.size(), n = board[0].size();
        if ((int)word.size() > m * n) return false;
        // The board must hold every letter of the word often enough.
        array<int, 128> have{}, need{};
        for (auto& row : board)
            for (char ch : row) ++have[(unsigned char)ch];
        for (char ch : word)
            if (++need[(unsigned char)ch] > have[(unsigned char)ch]) return false;
        // Start from the rarer end: a path read backwards spells the reversed word.
        if (have[(unsigned char)word.front()] > have[(unsigned char)word.back()])
            reverse(word.begin(), word.end());
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (walk(board, word, r, c, 0)) return true;
        return false;
    }

private:
    bool walk(vector<vector<char>>& board, const string& word, int r, int c, int i) {
        if (r < 0 || c < 0 || r >= (int)board.size() || c >= (int)board[0].size()) return false;
        if (board[r][c] != word[i]) return false;
        if (i + 1 == (int)word.size()) return true;
        char saved = board[r][c];
        board[r][c] = '#';  // on the current path
        bool found = walk(board, word, r + 1, c, i + 1) || walk(board, word, r - 1, c, i + 1) ||
                     walk(board, word, r, c + 1, i + 1) || walk(board, word, r, c - 1, i + 1);
        board[r][c] = saved;
        return found;
    }
};
