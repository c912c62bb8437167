// Pow(x, n) tests: generator SEED MODE; x is printed with 10 decimals and |n| is huge in most modes.
// near-one-pos: x in [1, 1 + 4e-9], n near 2^31 - 1 (result up to ~5000);
// near-one-neg: x in [1 - 4e-9, 1 + 1e-7], n near -2^31 (result between ~1e-93 and ~5000);
// int-min: n = -2^31, x in [1.0000001, 1.0000003] (tiny but nonzero results, ~1e-93 .. 1e-280);
// int-min-neg-near-one: n = -2^31, x in [-1.00000001, -1] (even power, result about 0.01 .. 1);
// minus-one: x = -1, n huge and odd or even; one: x = 1, n = -2^31;
// underflow: |x| in (0, 0.9], n near 2^31 - 1 (the result underflows to 0);
// random: x uniform in (-100, 100); near-one: x = +-(1 +- up to 1e-6); for both, n uniform over the
// exponents that keep 1e-200 <= |x^n| <= 10^4 (huge |n| when x is close to +-1).
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    const long long MAXN = INT_MAX, MINN = INT_MIN;
    double x = 0;
    long long n = 0;
    if (mode == "near-one-pos") x = 1 + uni(0, 4e-9), n = pick(MAXN - 1000, MAXN);
    else if (mode == "near-one-neg") x = 1 + uni(-4e-9, 1e-7), n = pick(MINN, MINN + 1000);
    else if (mode == "int-min") x = uni(1.0000001, 1.0000003), n = MINN;
    else if (mode == "int-min-neg-near-one") x = -uni(1, 1.00000001), n = MINN;
    else if (mode == "minus-one") x = -1, n = pick(0, 1) ? MAXN - 2 * pick(0, 500) : MINN + 2 * pick(0, 500) + 1;
    else if (mode == "one") x = 1, n = MINN;
    else if (mode == "underflow") x = uni(0.001, 0.9) * (pick(0, 1) ? 1 : -1), n = pick(MAXN - 1000, MAXN);
    else {  // random, near-one
        for (;;) {
            if (mode == "near-one") x = (1 + uni(-1e-6, 1e-6)) * (pick(0, 1) ? 1 : -1);
            else x = uni(-99.9999999999, 99.9999999999);
            if (fabs(x) < 1e-9 || fabs(fabs(x) - 1) < 1e-9) continue;
            break;
        }
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%.10f", x);
    x = strtod(buf, nullptr);  // the value the solution will read
    if (mode == "random" || mode == "near-one") {
        long double l = logl(fabsl((long double)x));
        long double hi = logl(10000.0L) / l, lo = logl(1e-200L) / l;  // n*l must lie in [ln 1e-200, ln 1e4]
        if (hi < lo) swap(hi, lo);                                     // |x| < 1: l < 0 flips the bounds
        long long a = max<long long>(MINN, (long long)ceill(lo) + 1), b = min<long long>(MAXN, (long long)floorl(hi) - 1);
        n = pick(a, b);
    }
    printf("%s\n%lld\n", buf, n);
}
