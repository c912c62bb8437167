// Classic mistake: forgets to skip a diagonal point equal to the query, counting zero-area "squares".
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
            if (abs(x - qx) != abs(y - qy)) continue;
            total += (long long)cnt[x][y] * cnt[qx][y] * cnt[x][qy];
        }
        return (int)total;
    }
};
