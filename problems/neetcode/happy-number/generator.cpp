// Happy Number tests: generator SEED MODE; every n is at least 10^9 (the biggest inputs).
// max: within 1000 of 2^31 - 1; random: uniform; happy / unhappy: drawn until it is / is not happy;
// deep: a happy n that needs 7 steps to reach 1 (the most any allowed n needs);
// via-seven: a happy n whose sequence passes through the single digit 7.
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    auto next = [](long long n) { long long s = 0; for (; n; n /= 10) s += (n % 10) * (n % 10); return s; };
    // steps to reach 1, or -1 when the sequence loops (every unhappy sequence enters the loop through 4).
    auto steps = [&](long long n) { int s = 0; while (n != 1 && n != 4) n = next(n), ++s; return n == 1 ? s : -1; };
    auto passesSeven = [&](long long n) { while (n != 1 && n != 4) { if (n == 7) return true; n = next(n); } return false; };
    const long long hi = INT_MAX;
    long long lo = mode == "max" ? hi - 1000 : 1000000000;
    for (;;) {
        long long n = uniform_int_distribution<long long>(lo, hi)(rng);
        int s = steps(n);
        if (mode == "happy" && s < 0) continue;
        if (mode == "unhappy" && s >= 0) continue;
        if (mode == "deep" && s != 7) continue;
        if (mode == "via-seven" && !passesSeven(n)) continue;
        printf("%lld\n", n);
        return 0;
    }
}
