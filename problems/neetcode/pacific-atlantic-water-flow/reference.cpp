class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        // Reverse flow: from each ocean's border cells, climb to neighbours at least as high.
        auto climb = [&](vector<pair<int, int>> frontier) {
            vector<vector<char>> seen(m, vector<char>(n, 0));
            for (auto [r, c] : frontier) seen[r][c] = 1;
            const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
            for (size_t head = 0; head < frontier.size(); ++head) {
                auto [r, c] = frontier[head];
                for (int d = 0; d < 4; ++d) {
                    int a = r + dr[d], b = c + dc[d];
                    if (a < 0 || b < 0 || a >= m || b >= n || seen[a][b] || heights[a][b] < heights[r][c]) continue;
                    seen[a][b] = 1;
                    frontier.push_back({a, b});
                }
            }
            return seen;
        };
        vector<pair<int, int>> pacific, atlantic;
        for (int r = 0; r < m; ++r) pacific.push_back({r, 0}), atlantic.push_back({r, n - 1});
        for (int c = 0; c < n; ++c) pacific.push_back({0, c}), atlantic.push_back({m - 1, c});
        // Corner cells appear twice in a list; the seen marks make that harmless.
        auto p = climb(pacific), a = climb(atlantic);
        vector<vector<int>> result;
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (p[r][c] && a[r][c]) result.push_back({r, c});
        return result;
    }
};
