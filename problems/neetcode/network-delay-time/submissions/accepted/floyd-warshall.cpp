// Floyd-Warshall on the n x n matrix of link times (O(n^3) = 10^6 steps).
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const int INF = 1e9;
        vector<vector<int>> d(n + 1, vector<int>(n + 1, INF));
        for (int i = 1; i <= n; ++i) d[i][i] = 0;
        for (auto& t : times) d[t[0]][t[1]] = min(d[t[0]][t[1]], t[2]);
        for (int m = 1; m <= n; ++m)
            for (int i = 1; i <= n; ++i)
                if (d[i][m] < INF)
                    for (int j = 1; j <= n; ++j) d[i][j] = min(d[i][j], d[i][m] + d[m][j]);
        int worst = 0;
        for (int v = 1; v <= n; ++v) worst = max(worst, d[k][v]);
        return worst >= INF ? -1 : worst;
    }
};
