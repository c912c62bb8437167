// Min Cost to Connect All Points tests: generator N SEED MODE. N distinct points in random order.
// random: anywhere in [-10^6, 10^6]^2; dense: in [-20, 20]^2 (many equal distances);
// clusters: 5 tight clusters far apart; line: all on one horizontal line;
// corners: tight groups at the four corners of the box (longest links);
// grid: a subset of a 32 x 32 grid spanning the whole box (largest total);
// diagonal: close to the line y = x (Manhattan and Euclidean distances differ most).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int L = 1000000;
    auto draw = [&](long long a, long long b) { return (int)uniform_int_distribution<long long>(a, b)(rng); };
    set<pair<int, int>> seen;
    vector<vector<int>> pts;
    auto add = [&](int x, int y) {
        x = max(-L, min(L, x)), y = max(-L, min(L, y));
        if (seen.insert({x, y}).second) pts.push_back({x, y});
    };
    if (mode == "grid") {
        vector<pair<int, int>> cells;
        for (int i = 0; i < 32; ++i)
            for (int j = 0; j < 32; ++j) cells.push_back({-L + (long long)2 * L * i / 31, -L + (long long)2 * L * j / 31});
        shuffle(cells.begin(), cells.end(), rng);
        for (int k = 0; k < n; ++k) add(cells[k].first, cells[k].second);
    }
    int cx[5], cy[5];
    for (int c = 0; c < 5; ++c) cx[c] = draw(-L + 1000, L - 1000), cy[c] = draw(-L + 1000, L - 1000);
    int lineY = draw(-L, L);
    while ((int)pts.size() < n) {
        if (mode == "random") add(draw(-L, L), draw(-L, L));
        else if (mode == "dense") add(draw(-20, 20), draw(-20, 20));
        else if (mode == "clusters") {
            int c = draw(0, 4);
            add(cx[c] + draw(-1000, 1000), cy[c] + draw(-1000, 1000));
        } else if (mode == "line") add(draw(-L, L), lineY);
        else if (mode == "corners") {
            int c = draw(0, 3);
            add((c & 1 ? L : -L) - (c & 1 ? 1 : -1) * draw(0, 300), (c & 2 ? L : -L) - (c & 2 ? 1 : -1) * draw(0, 300));
        } else if (mode == "diagonal") {
            int t = draw(-L, L);
            add(t, t + draw(-3, 3));
        }
    }
    shuffle(pts.begin(), pts.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, pts);
    printf("%s\n", w.str().c_str());
}
