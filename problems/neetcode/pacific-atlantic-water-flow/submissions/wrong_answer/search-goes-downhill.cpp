// Classic mistake: starts from the ocean borders but moves to lower-or-equal neighbours, i.e.
// follows the water's direction instead of going against it.
class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        m = heights.size(), n = heights[0].size();
        vector<vector<bool>> pac(m, vector<bool>(n)), atl(m, vector<bool>(n));
        for (int r = 0; r < m; ++r) flow(heights, pac, r, 0), flow(heights, atl, r, n - 1);
        for (int c = 0; c < n; ++c) flow(heights, pac, 0, c), flow(heights, atl, m - 1, c);
        vector<vector<int>> out;
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (pac[r][c] && atl[r][c]) out.push_back({r, c});
        return out;
    }

private:
    int m = 0, n = 0;
    void flow(const vector<vector<int>>& h, vector<vector<bool>>& seen, int r, int c) {
        if (seen[r][c]) return;
        seen[r][c] = true;
        if (r + 1 < m && h[r + 1][c] <= h[r][c]) flow(h, seen, r + 1, c);
        if (r > 0 && h[r - 1][c] <= h[r][c]) flow(h, seen, r - 1, c);
        if (c + 1 < n && h[r][c + 1] <= h[r][c]) flow(h, seen, r, c + 1);
        if (c > 0 && h[r][c - 1] <= h[r][c]) flow(h, seen, r, c - 1);
    }
};
