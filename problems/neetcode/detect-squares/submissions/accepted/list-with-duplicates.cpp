// Keep every added copy in a list plus a count table; each copy of a diagonal point contributes once.
class DetectSquares {
    vector<pair<int, int>> all;
    int cnt[1001][1001] = {};

public:
    DetectSquares() {}

    void add(vector<int> point) {
        all.push_back({point[0], point[1]});
        ++cnt[point[0]][point[1]];
    }

    int count(vector<int> point) {
        int qx = point[0], qy = point[1], total = 0;
        for (auto [x, y] : all)
            if (x != qx && abs(x - qx) == abs(y - qy)) total += cnt[qx][y] * cnt[x][qy];
        return total;
    }
};
