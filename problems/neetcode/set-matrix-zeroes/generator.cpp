// Set Matrix Zeroes tests: generator M N SEED MODE, nonzero values anywhere in the 32-bit range.
// sparse: a handful of zeros at random cells; none: no zero at all; dense: about 1% zeros (most
// rows and columns end up cleared); first-row: zeros only in row 0 (not at [0][0]); first-col:
// zeros only in column 0 (not at [0][0]); extremes: values only INT_MIN, INT_MAX, -1, 1 plus a few zeros.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    auto nonzero = [&]() {
        if (mode == "extremes") { const int v[4] = {INT_MIN, INT_MAX, -1, 1}; return v[draw(0, 3)]; }
        for (;;) { int x = (int)draw(INT_MIN, INT_MAX); if (x) return x; }
    };
    vector<vector<int>> a(m, vector<int>(n));
    for (auto& r : a) for (int& x : r) x = nonzero();
    if (mode == "sparse" || mode == "extremes") {
        int k = draw(2, 6);
        while (k--) a[draw(0, m - 1)][draw(0, n - 1)] = 0;
    } else if (mode == "dense") {
        for (auto& r : a) for (int& x : r) if (draw(0, 99) == 0) x = 0;
    } else if (mode == "first-row") {
        for (int k = 0; k < 3; ++k) a[0][draw(1, n - 1)] = 0;
    } else if (mode == "first-col") {
        for (int k = 0; k < 3; ++k) a[draw(1, m - 1)][0] = 0;
    }
    judge_rt::Writer w;
    judge_rt::write(w, a);
    printf("%s\n", w.str().c_str());
}
