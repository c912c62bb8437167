// Standard-scaler tests: generator NTRAIN NTEST D SEED MODE.
// random: column j has its own scale s (10^-2 .. 10^4) and an offset of at most 100 s;
// offset: values 999990 +- 5 (negated in odd columns), test values kept at least 0.05 sd away
//   from the training mean so the answer is well conditioned while E[x^2] - E[x]^2 is not;
// constant: every other column constant (a whole number) in train, test values random;
// integers: small whole numbers 0..3 (many duplicates) and some whole numbers up to 10^6;
// shifted: test drawn from a distribution shifted by 3 sd and 5 times wider than train's.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]), d = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    auto r4 = [](double v) { return round(v * 1e4) / 1e4; };
    auto r3 = [](double v) { return round(v * 1e3) / 1e3; };
    vector<vector<double>> tr(n, vector<double>(d)), te(k, vector<double>(d));
    for (int j = 0; j < d; ++j) {
        double s = pow(10.0, uni(-2, 4));
        double o = uni(-1, 1) * min(100 * s, 5e5);
        if (mode == "offset") {
            double c = j % 2 ? -999990.0 : 999990.0;
            for (int i = 0; i < n; ++i) tr[i][j] = r3(c + uni(-5, 5));
            long double m = 0, v = 0;
            for (int i = 0; i < n; ++i) m += tr[i][j];
            m /= n;
            for (int i = 0; i < n; ++i) v += (tr[i][j] - m) * (tr[i][j] - m);
            long double sd = sqrtl(v / n);
            for (int r = 0; r < k; ++r) {
                double x;
                do x = r3(c + uni(-8, 8)); while (fabsl(x - m) < 0.05L * sd);
                te[r][j] = x;
            }
        } else if (mode == "constant" && j % 2 == 0) {
            double c = (double)pick(-1000000, 1000000);
            for (int i = 0; i < n; ++i) tr[i][j] = c;
            for (int r = 0; r < k; ++r) te[r][j] = pick(0, 3) == 0 ? c : r4(uni(-1e6, 1e6));
        } else if (mode == "integers") {
            long long hi = j % 3 == 2 ? 1000000 : 3;
            for (int i = 0; i < n; ++i) tr[i][j] = (double)pick(j % 3 == 2 ? -hi : 0, hi);
            for (int r = 0; r < k; ++r) te[r][j] = (double)pick(j % 3 == 2 ? -hi : 0, hi);
        } else {
            for (int i = 0; i < n; ++i) tr[i][j] = r4(o + s * uni(-1, 1));
            double ts = mode == "shifted" ? 5 * s : s, to = mode == "shifted" ? o + 3 * s : o;
            for (int r = 0; r < k; ++r) te[r][j] = r4(to + ts * uni(-1, 1));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, tr);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, te);
    printf("%s\n", w2.str().c_str());
}
