// Numerical-gradient tests: generator N D SEED MODE H. Values have 2 decimals.
// Column j has a sign s_j = +-1; A[i][j] = s_j * (0.8 + U(-1, 1)) so that no gradient
// coordinate is a near-total cancellation (which would make its relative error pure noise).
// random: w in [-0.5, 0.5] (moderate scores); zerocols: like random, every 5th column zero;
// huge: A[i][j] = r_i * s_j * U(5, 10) with r_i = +-1 per row and w_j = s_j * U(2, 3), so every
//   score is about +-1000 (half the rows far positive, half far negative).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double h = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto r2 = [](double v) { return round(v * 100) / 100; };
    vector<int> sign(d);
    for (int& s : sign) s = uniform_int_distribution<int>(0, 1)(rng) ? 1 : -1;
    vector<vector<double>> A(n, vector<double>(d));
    vector<double> w(d);
    for (int i = 0; i < n; ++i) {
        int ri = i % 2 ? 1 : -1;
        for (int j = 0; j < d; ++j) {
            if (mode == "huge") A[i][j] = r2(ri * sign[j] * uni(5, 10));
            else if (mode == "zerocols" && j % 5 == 0) A[i][j] = 0;
            else A[i][j] = r2(sign[j] * (0.8 + uni(-1, 1)));
        }
    }
    for (int j = 0; j < d; ++j) w[j] = mode == "huge" ? r2(sign[j] * uni(2, 3)) : r2(uni(-0.5, 0.5));
    judge_rt::Writer out;
    judge_rt::write(out, A);
    out.raw('\n');
    judge_rt::write(out, w);
    out.raw('\n');
    judge_rt::write(out, h);
    printf("%s\n", out.str().c_str());
}
