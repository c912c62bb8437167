// Classic mistake: the reverse search climbs only to strictly higher cells (>), so water is
// not allowed to cross cells of equal height.
class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        m = heights.size(), n = heights[0].size();
        vector<vector<bool>> pac(m, vector<bool>(n)), atl(m, vector<bool>(n));
        for (int r = 0; r < m; ++r) climb(heights, pac, r, 0), climb(heights, atl, r, n - 1);
        for (int c = 0; c < n; ++c) climb(heights, pac, 0, c), climb(heights, atl, m - 1, c);
        vector<vector<int>> out;
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (pac[r][c] && atl[r][c]) out.push_back({r, c});
        return out;
    }

private:
    int m = 0, n = 0;
    void climb(const vector<vector<int>>& h, vector<vector<bool>>& seen, int r, int c) {
        if (seen[r][c]) return;
        seen[r][c] = true;
        if (r + 1 < m && h[r + 1][c] > h[r][c]) climb(h, seen, r + 1, c);
        if (r > 0 && h[r - 1][c] > h[r][c]) climb(h, seen, r - 1, c);
        if (c + 1 < n && h[r][c + 1] > h[r][c]) climb(h, seen, r, c + 1);
        if (c > 0 && h[r][c - 1] > h[r][c]) climb(h, seen, r, c - 1);
    }
};
