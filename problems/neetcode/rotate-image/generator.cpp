// Rotate Image tests: generator N SEED MODE, values in [-1000, 1000].
// random: uniform values; extremes: only -1000 and 1000; distinct: n*n different
// values shuffled; symmetric: a matrix equal to its transpose (transposing alone changes nothing).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> m(n, vector<int>(n));
    if (mode == "distinct") {
        vector<int> vals(2001);
        iota(vals.begin(), vals.end(), -1000);
        shuffle(vals.begin(), vals.end(), rng);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) m[i][j] = vals[i * n + j];
    } else {
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                if (mode == "extremes") m[i][j] = draw(0, 1) ? 1000 : -1000;
                else m[i][j] = draw(-1000, 1000);
                if (mode == "symmetric" && j < i) m[i][j] = m[j][i];
            }
    }
    judge_rt::Writer w;
    judge_rt::write(w, m);
    printf("%s\n", w.str().c_str());
}
