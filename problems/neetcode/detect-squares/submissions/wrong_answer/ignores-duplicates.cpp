// Classic mistake: stores the points in a set, so repeated points count once instead of multiplying.
class DetectSquares {
    set<pair<int, int>> pts;

public:
    DetectSquares() {}

    void add(vector<int> point) { pts.insert({point[0], point[1]}); }

    int count(vector<int> point) {
        int qx = point[0], qy = point[1], total = 0;
        for (auto [x, y] : pts)
            if (x != qx && abs(x - qx) == abs(y - qy) && pts.count({qx, y}) && pts.count({x, qy})) ++total;
        return total;
    }
};
