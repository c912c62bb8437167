// Min-max-scaler tests: generator NTRAIN NTEST D SEED MODE.
// random: column j has its own scale s (10^-2 .. 10^4) and an offset of at most 100 s; test rows
//   from the same distribution (a few values fall outside the training range);
// negative: every column entirely negative (catches a maximum started at 0 or DBL_MIN);
// outside: test values spread 4 times wider than train's, so many land outside [0, 1];
// constant: every other column constant in train; test values random;
// integers: small whole numbers 0..3 (many duplicates) and some whole numbers up to 10^6.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]), d = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    auto r4 = [](double v) { return round(v * 1e4) / 1e4; };
    vector<vector<double>> tr(n, vector<double>(d)), te(k, vector<double>(d));
    for (int j = 0; j < d; ++j) {
        double s = pow(10.0, uni(-2, 4));
        double o = uni(-1, 1) * min(100 * s, 5e5);
        if (mode == "negative") o = -(2 * s + uni(0, 1) * min(100 * s, 5e5));
        if (mode == "constant" && j % 2 == 0) {
            double c = r4(uni(-1e6, 1e6));
            for (int i = 0; i < n; ++i) tr[i][j] = c;
            for (int r = 0; r < k; ++r) te[r][j] = pick(0, 3) == 0 ? c : r4(uni(-1e6, 1e6));
        } else if (mode == "integers") {
            long long hi = j % 3 == 2 ? 1000000 : 3;
            for (int i = 0; i < n; ++i) tr[i][j] = (double)pick(j % 3 == 2 ? -hi : 0, hi);
            for (int r = 0; r < k; ++r) te[r][j] = (double)pick(j % 3 == 2 ? -hi : 0, hi);
        } else {
            for (int i = 0; i < n; ++i) tr[i][j] = r4(o + s * uni(-1, 1));
            double ts = mode == "outside" ? 4 * s : 1.01 * s;
            for (int r = 0; r < k; ++r) te[r][j] = r4(o + ts * uni(-1, 1));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, tr);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, te);
    printf("%s\n", w2.str().c_str());
}
