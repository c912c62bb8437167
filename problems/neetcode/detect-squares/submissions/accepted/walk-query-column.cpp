// Hash maps: for the query's column, each stored y fixes the side; try the square on both sides.
class DetectSquares {
    unordered_map<int, unordered_map<int, int>> byX;  // x -> (y -> copies)

    int get(int x, int y) {
        auto it = byX.find(x);
        if (it == byX.end()) return 0;
        auto jt = it->second.find(y);
        return jt == it->second.end() ? 0 : jt->second;
    }

public:
    DetectSquares() {}

    void add(vector<int> point) { ++byX[point[0]][point[1]]; }

    int count(vector<int> point) {
        int qx = point[0], qy = point[1];
        auto it = byX.find(qx);
        if (it == byX.end()) return 0;
        int total = 0;
        for (auto [y, c] : it->second) {
            int d = y - qy;
            if (d == 0) continue;
            for (int x : {qx + d, qx - d})
                total += c * get(x, qy) * get(x, y);
        }
        return total;
    }
};
