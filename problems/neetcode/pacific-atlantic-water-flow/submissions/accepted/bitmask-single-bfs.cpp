// One BFS with a 2-bit mark per cell (1 = reached from the Pacific, 2 = from the Atlantic):
// a cell is re-queued whenever it gains a bit it did not have, so each cell is queued at most twice.
class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        vector<int> mark(m * n, 0);
        deque<int> q;
        auto add = [&](int r, int c, int bits) {
            int id = r * n + c;
            if ((mark[id] | bits) == mark[id]) return;
            mark[id] |= bits;
            q.push_back(id);
        };
        for (int r = 0; r < m; ++r) add(r, 0, 1), add(r, n - 1, 2);
        for (int c = 0; c < n; ++c) add(0, c, 1), add(m - 1, c, 2);
        while (!q.empty()) {
            int id = q.front();
            q.pop_front();
            int r = id / n, c = id % n;
            int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
            for (int d = 0; d < 4; ++d)
                if (nr[d] >= 0 && nc[d] >= 0 && nr[d] < m && nc[d] < n && heights[nr[d]][nc[d]] >= heights[r][c])
                    add(nr[d], nc[d], mark[id]);
        }
        vector<vector<int>> out;
        for (int id = 0; id < m * n; ++id)
            if (mark[id] == 3) out.push_back({id / n, id % n});
        return out;
    }
};
