class DetectSquares {
    // cnt[x][y]: copies of (x, y); pts: the distinct points, each listed once.
    vector<vector<int>> cnt;
    vector<pair<int, int>> pts;

public:
    DetectSquares() : cnt(1001, vector<int>(1001, 0)) {}

    void add(vector<int> point) {
        if (cnt[point[0]][point[1]]++ == 0) pts.push_back({point[0], point[1]});
    }

    int count(vector<int> point) {
        // Each stored point diagonal to the query fixes the square; the other two corners must exist.
        int qx = point[0], qy = point[1];
        long long total = 0;
        for (auto [x, y] : pts) {
            if (x == qx || abs(x - qx) != abs(y - qy)) continue;
            total += (long long)cnt[x][y] * cnt[qx][y] * cnt[x][qy];
        }
        return (int)total;
    }
};
