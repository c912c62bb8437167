// Search a 2D Matrix tests: generator M N SEED MODE prints an M x N matrix and a target.
// Values: rows non-decreasing (some repeats), each row's first > previous row's last, inside
// [-10^4, 10^4]. present: a random cell; absent: a value in a gap; last: the bottom-right cell;
// rowend: the last cell of a random row; rowstart: the first cell of a random row.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    // m*n <= 10^4 values spread over 20001 numbers: steps of 0..2 inside a row, 1..2 between rows
    // (a gap of >= 1 guaranteed somewhere so "absent" has a candidate).
    vector<vector<int>> g(m, vector<int>(n));
    int v = -10000;
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            if (i || j) v += j == 0 ? draw(1, 2) : draw(0, 2);
            g[i][j] = v;
        }
    int target;
    if (mode == "last") target = g[m - 1][n - 1];
    else if (mode == "rowend") target = g[draw(0, m - 1)][n - 1];
    else if (mode == "rowstart") target = g[draw(0, m - 1)][0];
    else if (mode == "absent") {
        set<int> s;
        for (auto& r : g) s.insert(r.begin(), r.end());
        do target = draw(g[0][0], g[m - 1][n - 1]); while (s.count(target));
    } else target = g[draw(0, m - 1)][draw(0, n - 1)];
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n%d\n", w.str().c_str(), target);
}
