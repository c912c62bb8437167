// Conv2d tests: generator H W KH KW STRIDE PADDING SEED MODE.
// random: image values with 2 decimals in [-10, 10], kernel with 3 decimals in [-1, 1];
// integer: image and kernel integers in [-10, 10] (every sum exact).
int main(int argc, char** argv) {
    int H = atoi(argv[1]), W = atoi(argv[2]), kh = atoi(argv[3]), kw = atoi(argv[4]);
    int stride = atoi(argv[5]), padding = atoi(argv[6]);
    mt19937_64 rng(atoll(argv[7]));
    string mode = argv[8];
    auto val = [&](int scale, double range) {
        if (mode == "integer") return (double)uniform_int_distribution<int>(-10, 10)(rng);
        long long lim = llround(range * scale);
        return uniform_int_distribution<long long>(-lim, lim)(rng) / (double)scale;
    };
    vector<vector<double>> image(H, vector<double>(W)), kernel(kh, vector<double>(kw));
    for (auto& r : image)
        for (double& x : r) x = val(100, 10);
    for (auto& r : kernel)
        for (double& x : r) x = val(1000, 1);
    judge_rt::Writer w;
    judge_rt::write(w, image);
    w.raw('\n');
    judge_rt::write(w, kernel);
    printf("%s\n%d\n%d\n", w.str().c_str(), stride, padding);
}
