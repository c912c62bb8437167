// Spiral Matrix tests: generator M N SEED MODE.
// random: uniform values in [-100, 100]; distinct: m*n different values shuffled (every misplaced
// read shows); extremes: only -100 and 100.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    vector<int> vals(201);
    iota(vals.begin(), vals.end(), -100);
    shuffle(vals.begin(), vals.end(), rng);
    vector<vector<int>> a(m, vector<int>(n));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            if (mode == "distinct") a[i][j] = vals[i * n + j];
            else if (mode == "extremes") a[i][j] = uniform_int_distribution<int>(0, 1)(rng) ? 100 : -100;
            else a[i][j] = uniform_int_distribution<int>(-100, 100)(rng);
        }
    judge_rt::Writer w;
    judge_rt::write(w, a);
    printf("%s\n", w.str().c_str());
}
