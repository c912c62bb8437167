// Trapping Rain Water tests: generator N SEED MODE prints N heights in [0, 10^5].
// random: uniform; ends: walls of 10^5 at both ends and low bars between (close to the
// largest possible total, ~2*10^9); increasing / decreasing: ramps; equal: all the same;
// mountain: rising then falling (little water); valley: falling then rising (a lot);
// sawtooth: alternating high and low bars; peak: random low bars with one 10^5 peak.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        long long up = 100000LL * i / (n - 1);
        long long mid = 100000LL * min(i, n - 1 - i) / ((n - 1) / 2);
        if (mode == "ends") v[i] = draw(0, 10);
        else if (mode == "increasing") v[i] = up;
        else if (mode == "decreasing") v[i] = 100000 - up;
        else if (mode == "equal") v[i] = 77777;
        else if (mode == "mountain") v[i] = min<long long>(100000, mid + draw(0, 50));
        else if (mode == "valley") v[i] = max<long long>(0, 100000 - mid - draw(0, 50));
        else if (mode == "sawtooth") v[i] = i % 2 ? draw(0, 1000) : draw(90000, 100000);
        else if (mode == "peak") v[i] = draw(0, 5000);
        else v[i] = draw(0, 100000);
    }
    if (mode == "ends") v[0] = v[n - 1] = 100000;
    if (mode == "peak") v[n / 2] = 100000;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
