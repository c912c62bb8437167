// Classic mistake: checks x - qx == y - qy, so only squares along one diagonal direction are found.
class DetectSquares {
    vector<vector<int>> cnt;
    vector<pair<int, int>> pts;

public:
    DetectSquares() : cnt(1001, vector<int>(1001, 0)) {}

    void add(vector<int> point) {
        if (cnt[point[0]][point[1]]++ == 0) pts.push_back({point[0], point[1]});
    }

    int count(vector<int> point) {
        int qx = point[0], qy = point[1];
        long long total = 0;
        for (auto [x, y] : pts) {
            if (x == qx || x - qx != y - qy) continue;
            total += (long long)cnt[x][y] * cnt[qx][y] * cnt[x][qy];
        }
        return (int)total;
    }
};
