// Conv1d tests: generator L K STRIDE PADDING DILATION SEED MODE.
// random: signal with 2 decimals in [-10, 10], kernel with 3 decimals in [-1, 1];
// integer: signal and kernel integers in [-10, 10] (every sum exact).
int main(int argc, char** argv) {
    int L = atoi(argv[1]), k = atoi(argv[2]), stride = atoi(argv[3]), padding = atoi(argv[4]), dilation = atoi(argv[5]);
    mt19937_64 rng(atoll(argv[6]));
    string mode = argv[7];
    auto val = [&](int scale, double range) {
        if (mode == "integer") return (double)uniform_int_distribution<int>(-10, 10)(rng);
        long long lim = llround(range * scale);
        return uniform_int_distribution<long long>(-lim, lim)(rng) / (double)scale;
    };
    vector<double> signal(L), kernel(k);
    for (double& x : signal) x = val(100, 10);
    for (double& x : kernel) x = val(1000, 1);
    judge_rt::Writer w;
    judge_rt::write(w, signal);
    w.raw('\n');
    judge_rt::write(w, kernel);
    printf("%s\n%d\n%d\n%d\n", w.str().c_str(), stride, padding, dilation);
}
