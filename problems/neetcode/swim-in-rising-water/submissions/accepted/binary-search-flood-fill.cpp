// Binary search the time t; a flood fill over cells of height <= t says whether the end is reachable.
class Solution {
public:
    int swimInWater(vector<vector<int>>& grid) {
        int n = grid.size();
        int lo = max(grid[0][0], grid[n - 1][n - 1]), hi = n * n - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (reachable(grid, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

private:
    bool reachable(const vector<vector<int>>& g, int t) {
        int n = g.size();
        vector<char> seen(n * n, 0);
        vector<int> st = {0};
        seen[0] = 1;
        while (!st.empty()) {
            int cell = st.back();
            st.pop_back();
            int r = cell / n, c = cell % n;
            if (r == n - 1 && c == n - 1) return true;
            int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
            for (auto& p : nbr) {
                int nr = p[0], nc = p[1];
                if (nr < 0 || nc < 0 || nr >= n || nc >= n || seen[nr * n + nc] || g[nr][nc] > t) continue;
                seen[nr * n + nc] = 1;
                st.push_back(nr * n + nc);
            }
        }
        return false;
    }
};
