// Brute force: keeps a plain list of points and, for every diagonal copy, rescans the list to count
// the two other corners: O(n^2) per count, about 10^10 steps over 3000 calls.
class DetectSquares {
    vector<pair<int, int>> all;

public:
    DetectSquares() {}

    void add(vector<int> point) { all.push_back({point[0], point[1]}); }

    int count(vector<int> point) {
        int qx = point[0], qy = point[1], total = 0;
        for (auto [x, y] : all) {
            if (x == qx || abs(x - qx) != abs(y - qy)) continue;
            int a = 0, b = 0;
            for (auto [px, py] : all) {
                if (px == qx && py == y) ++a;
                if (px == x && py == qy) ++b;
            }
            total += a * b;
        }
        return total;
    }
};
