// Detect Squares tests: generator ADDS COUNTS SEED MODE (ADDS + COUNTS <= 3000 calls).
// grid: points of the 11 x 11 grid [0,10]^2, calls interleaved at random (many squares, duplicates);
// diagonal: all adds around q = (500,500) (60% on its diagonals, the rest on its row and column,
//   distances up to 300), then every count asks for q or a neighbour (worst case for a scan per
//   diagonal point); triple: three corners of one square added ADDS/3 times each, then counts of the
//   fourth corner (answer ~10^9); wide: both coordinates from the same 30 random values of [0,1000],
//   adds first then counts; same: one point added ADDS times, counts at it and elsewhere (only
//   zero-area squares); cross: adds on the row and column through (500,500) plus a few diagonal points,
//   counts at (500,500); interleaved: adds and counts alternate on the grid [0,20]^2.
int main(int argc, char** argv) {
    int adds = atoi(argv[1]), counts = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<pair<bool, pair<int, int>>> calls;  // (is add, point)
    auto add = [&](int x, int y) { calls.push_back({true, {x, y}}); };
    auto cnt = [&](int x, int y) { calls.push_back({false, {x, y}}); };
    if (mode == "grid" || mode == "interleaved") {
        int g = mode == "grid" ? 10 : 20;
        vector<bool> isAdd(adds + counts, false);
        for (int i = 0; i < adds; ++i) isAdd[i] = true;
        if (mode == "grid") shuffle(isAdd.begin() + 50, isAdd.end(), rng);  // the first 50 calls are adds
        else for (int i = 0; i < adds + counts; ++i) isAdd[i] = i % 2 == 0;
        for (bool a : isAdd) {
            int x = draw(0, g), y = draw(0, g);
            if (a) add(x, y); else cnt(x, y);
        }
    } else if (mode == "diagonal") {
        for (int i = 0; i < adds; ++i) {
            int d = draw(1, 300), sx = draw(0, 1) ? 1 : -1, sy = draw(0, 1) ? 1 : -1, r = draw(0, 9);
            if (r < 6) add(500 + sx * d, 500 + sy * d);
            else if (r < 8) add(500 + sx * d, 500);
            else add(500, 500 + sy * d);
        }
        for (int i = 0; i < counts; ++i) {
            if (draw(0, 9) < 8) cnt(500, 500);
            else cnt(500 + draw(-1, 1), 500 + draw(-1, 1));
        }
    } else if (mode == "triple") {
        int a = draw(0, 300), b = draw(0, 300), d = draw(100, 700);
        vector<pair<int, int>> pts;
        for (int i = 0; i < adds; ++i) pts.push_back(i % 3 == 0 ? make_pair(a, b) : i % 3 == 1 ? make_pair(a + d, b) : make_pair(a, b + d));
        shuffle(pts.begin(), pts.end(), rng);
        for (auto [x, y] : pts) add(x, y);
        for (int i = 0; i < counts; ++i) cnt(a + d, b + d);
    } else if (mode == "wide") {
        vector<int> s(30);
        for (int& v : s) v = draw(0, 1000);
        s[0] = 0, s[1] = 1000;
        for (int i = 0; i < adds; ++i) add(s[draw(0, 29)], s[draw(0, 29)]);
        for (int i = 0; i < counts; ++i) cnt(s[draw(0, 29)], s[draw(0, 29)]);
    } else if (mode == "same") {
        int x = draw(0, 1000), y = draw(0, 1000);
        for (int i = 0; i < adds; ++i) add(x, y);
        for (int i = 0; i < counts; ++i) {
            if (i % 2 == 0) cnt(x, y);
            else cnt(draw(0, 1000), draw(0, 1000));
        }
    } else {  // cross
        for (int i = 0; i < adds; ++i) {
            int d = draw(1, 400) * (draw(0, 1) ? 1 : -1), r = draw(0, 19);
            if (r == 0) add(500 + d, 500 + (draw(0, 1) ? d : -d));
            else if (r < 10) add(500 + d, 500);
            else add(500, 500 + d);
        }
        for (int i = 0; i < counts; ++i) cnt(500, 500);
    }
    string names = "[\"DetectSquares\"", args = "[[]";
    for (auto& [isAdd, p] : calls) {
        names += isAdd ? ",\"add\"" : ",\"count\"";
        args += ",[[" + to_string(p.first) + "," + to_string(p.second) + "]]";
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
