// Longest Increasing Path tests: generator M N SEED MODE.
// snake: values increase along a boustrophedon through every cell (answer m*n, deep recursion);
// spiral: values increase along a spiral towards the centre (answer m*n); diagonal: i + j
// (exponentially many longest paths); rowmajor: i * n + j; random: [0, 2^31 - 1]; small: [0, 3];
// equal: one value; high: [2^31 - 1000, 2^31 - 1]; terraces: random steps, many equal neighbours.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<vector<long long>> a(m, vector<long long>(n, 0));
    if (mode == "snake") {
        long long v = draw(0, 1000);
        for (int i = 0; i < m; ++i)
            for (int k = 0; k < n; ++k) a[i][i % 2 ? n - 1 - k : k] = v++;
    } else if (mode == "spiral") {
        int top = 0, bot = m - 1, lef = 0, rig = n - 1;
        long long v = 0;
        while (top <= bot && lef <= rig) {
            for (int j = lef; j <= rig; ++j) a[top][j] = v++;
            for (int i = top + 1; i <= bot; ++i) a[i][rig] = v++;
            if (top < bot) for (int j = rig - 1; j >= lef; --j) a[bot][j] = v++;
            if (lef < rig) for (int i = bot - 1; i > top; --i) a[i][lef] = v++;
            ++top, --bot, ++lef, --rig;
        }
    } else {
        long long eq = draw(0, 2147483647LL);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                long long& x = a[i][j];
                if (mode == "diagonal") x = i + j;
                else if (mode == "rowmajor") x = (long long)i * n + j;
                else if (mode == "random") x = draw(0, 2147483647LL);
                else if (mode == "small") x = draw(0, 3);
                else if (mode == "equal") x = eq;
                else if (mode == "high") x = draw(2147483647LL - 999, 2147483647LL);
                else if (mode == "terraces") x = (i / 3 + j / 5) * 2 + draw(0, 1);
            }
    }
    judge_rt::Writer w;
    judge_rt::write(w, a);
    printf("%s\n", w.str().c_str());
}
