// Brute force: from every cell, follow the water downhill with a fresh BFS until both oceans
// are touched; up to (m*n)^2 = 1.6*10^9 cell visits on a 200x200 plateau that never meets
// the Atlantic.
class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        vector<vector<int>> out;
        vector<int> seen(m * n, -1), queue;
        for (int s = 0; s < m * n; ++s) {
            bool pac = false, atl = false;
            queue.assign(1, s);
            seen[s] = s;
            for (size_t head = 0; head < queue.size() && !(pac && atl); ++head) {
                int r = queue[head] / n, c = queue[head] % n;
                if (r == 0 || c == 0) pac = true;
                if (r == m - 1 || c == n - 1) atl = true;
                int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
                for (int d = 0; d < 4; ++d) {
                    if (nr[d] < 0 || nc[d] < 0 || nr[d] >= m || nc[d] >= n) continue;
                    int id = nr[d] * n + nc[d];
                    if (seen[id] == s || heights[nr[d]][nc[d]] > heights[r][c]) continue;
                    seen[id] = s;
                    queue.push_back(id);
                }
            }
            if (pac && atl) out.push_back({s / n, s % n});
        }
        return out;
    }
};
