// Reverse Integer tests: generator SEED MODE.
// ten: a random 10-digit x (positive or negative; its reverse usually overflows);
// fits: a 10-digit x whose reverse fits in int; just-over / just-under: x whose reverse lies just
// above 2^31 - 1 / just below -2^31; fits-negative: negative 10-digit x whose reverse fits;
// zeros: x with 1..5 trailing zeros; nine: a random 9-digit x (its reverse always fits).
long long rev(long long v) {
    long long r = 0;
    for (; v > 0; v /= 10) r = r * 10 + v % 10;
    return r;
}
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    auto draw = [&](long long lo, long long hi) { return uniform_int_distribution<long long>(lo, hi)(rng); };
    const long long MAX = 2147483647LL;
    long long x = 0;
    if (mode == "ten") {
        x = draw(1000000000LL, MAX);
        if (draw(0, 1)) x = -x;
    } else if (mode == "fits" || mode == "fits-negative") {
        long long lim = mode == "fits" ? MAX : MAX + 1;
        for (;;) {  // the reverse r: 10 digits, <= lim, ending in 1 so that x = rev(r) starts with 1
            long long r = draw(100000000LL, lim / 10) * 10 + 1;
            if (r < 1000000000LL || r > lim) continue;
            x = rev(r);
            break;
        }
        if (mode == "fits-negative") x = -x;
    } else if (mode == "just-over" || mode == "just-under") {
        long long lim = mode == "just-over" ? MAX : MAX + 1;
        for (;;) {  // r just above the bound, ending in 1
            long long r = lim + draw(1, 100000);
            r = r / 10 * 10 + 1;
            if (r <= lim) continue;
            x = rev(r);
            break;
        }
        if (mode == "just-under") x = -x;
    } else if (mode == "zeros") {
        int z = draw(1, 5);
        long long p = 1;
        for (int i = 0; i < z; ++i) p *= 10;
        x = draw(1, MAX / p) * p;
        if (draw(0, 1)) x = -x;
    } else {
        x = draw(100000000LL, 999999999LL);
        if (draw(0, 1)) x = -x;
    }
    printf("%lld\n", x);
}
