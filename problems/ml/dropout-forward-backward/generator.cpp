// Dropout tests: generator N SEED P KEEP. Each mask entry is 1 with probability KEEP (for P = 1,
// pass KEEP = 0). x and upstream uniform in [-10^4, 10^4] with 4 decimals.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    double p = atof(argv[3]), keep = atof(argv[4]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    vector<double> x(n), up(n);
    vector<int> mask(n);
    for (int i = 0; i < n; ++i) {
        x[i] = round(uni(-1e4, 1e4) * 1e4) / 1e4;
        up[i] = round(uni(-1e4, 1e4) * 1e4) / 1e4;
        mask[i] = uni(0, 1) < keep ? 1 : 0;
    }
    judge_rt::Writer a, b, c, d;
    judge_rt::write(a, x);
    judge_rt::write(b, mask);
    judge_rt::write(c, p);
    judge_rt::write(d, up);
    printf("%s\n%s\n%s\n%s\n", a.str().c_str(), b.str().c_str(), c.str().c_str(), d.str().c_str());
}
