// Union-find: every 'O' joins its 'O' neighbours, border 'O' cells also join a virtual border
// node; an 'O' not connected to that node is captured.
class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size(), border = m * n;
        parent.resize(m * n + 1);
        iota(parent.begin(), parent.end(), 0);
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) {
                if (board[r][c] != 'O') continue;
                if (r == 0 || c == 0 || r == m - 1 || c == n - 1) unite(r * n + c, border);
                if (r + 1 < m && board[r + 1][c] == 'O') unite(r * n + c, (r + 1) * n + c);
                if (c + 1 < n && board[r][c + 1] == 'O') unite(r * n + c, r * n + c + 1);
            }
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (board[r][c] == 'O' && find(r * n + c) != find(border)) board[r][c] = 'X';
    }

private:
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};
