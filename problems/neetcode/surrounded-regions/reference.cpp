class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        // Every 'O' reachable from a border 'O' escapes: mark those '#', iteratively.
        vector<pair<int, int>> stack;
        auto mark = [&](int r, int c) {
            if (r < 0 || c < 0 || r >= m || c >= n || board[r][c] != 'O') return;
            board[r][c] = '#';
            stack.push_back({r, c});
        };
        for (int r = 0; r < m; ++r) mark(r, 0), mark(r, n - 1);
        for (int c = 0; c < n; ++c) mark(0, c), mark(m - 1, c);
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            mark(r + 1, c), mark(r - 1, c), mark(r, c + 1), mark(r, c - 1);
        }
        for (auto& row : board)
            for (char& ch : row) ch = ch == '#' ? 'O' : 'X';
    }
};
