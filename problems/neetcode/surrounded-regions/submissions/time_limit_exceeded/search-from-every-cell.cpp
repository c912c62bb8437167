// Brute force: for every 'O', a fresh BFS over its region decides whether the region reaches
// the border; nothing is shared between cells, so a 198x198 enclosed region costs about
// (4*10^4)^2 = 1.5*10^9 cell visits.
class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        vector<int> seen(m * n, -1), queue;
        vector<int> captured;
        for (int s = 0; s < m * n; ++s) {
            if (board[s / n][s % n] != 'O') continue;
            bool escapes = false;
            queue.assign(1, s);
            seen[s] = s;
            for (size_t head = 0; head < queue.size() && !escapes; ++head) {
                int r = queue[head] / n, c = queue[head] % n;
                if (r == 0 || c == 0 || r == m - 1 || c == n - 1) escapes = true;
                int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
                for (int d = 0; d < 4; ++d) {
                    if (nr[d] < 0 || nc[d] < 0 || nr[d] >= m || nc[d] >= n) continue;
                    int id = nr[d] * n + nc[d];
                    if (seen[id] == s || board[nr[d]][nc[d]] != 'O') continue;
                    seen[id] = s;
                    queue.push_back(id);
                }
            }
            if (!escapes) captured.push_back(s);
        }
        for (int s : captured) board[s / n][s % n] = 'X';
    }
};
