// Iterative search with an explicit stack of (cell, letter index, visited bitmask):
// at most 36 cells, so the path fits in a 64-bit mask and no grid is modified.
class Solution {
public:
    bool exist(vector<vector<char>>& board, string word) {
        int m = board.size(), n = board[0].size(), len = word.size();
        if (len > m * n) return false;
        struct State { int cell, i; unsigned long long mask; };
        vector<State> stack;
        for (int s = 0; s < m * n; ++s)
            if (board[s / n][s % n] == word[0]) stack.push_back({s, 0, 1ULL << s});
        while (!stack.empty()) {
            State st = stack.back();
            stack.pop_back();
            if (st.i + 1 == len) return true;
            int r = st.cell / n, c = st.cell % n;
            int nr[4] = {r - 1, r + 1, r, r}, nc[4] = {c, c, c - 1, c + 1};
            for (int d = 0; d < 4; ++d) {
                if (nr[d] < 0 || nc[d] < 0 || nr[d] >= m || nc[d] >= n) continue;
                int next = nr[d] * n + nc[d];
                if ((st.mask >> next) & 1ULL) continue;
                if (board[nr[d]][nc[d]] != word[st.i + 1]) continue;
                stack.push_back({next, st.i + 1, st.mask | (1ULL << next)});
            }
        }
        return false;
    }
};
