// Sum of Two Integers tests: generator SEED MODE.
// mixed: one negative, one positive; negative / positive: both of that sign; chain: a = 2^k - 1
// (or its negative) against +-1, so the carry runs through k bits; opposite: b = -a (sum 0,
// the carry runs out of all 32 bits); any: both anywhere in [-1000, 1000].
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    auto draw = [&](int lo, int hi) { return uniform_int_distribution<int>(lo, hi)(rng); };
    int a, b;
    if (mode == "mixed") { a = -draw(1, 1000); b = draw(1, 1000); if (draw(0, 1)) swap(a, b); }
    else if (mode == "negative") { a = -draw(1, 1000); b = -draw(1, 1000); }
    else if (mode == "positive") { a = draw(1, 1000); b = draw(1, 1000); }
    else if (mode == "chain") { int k = draw(4, 9); a = (1 << k) - 1; b = 1; if (draw(0, 1)) a = -a - 1, b = -1; }
    else if (mode == "opposite") { a = draw(1, 1000); b = -a; }
    else { a = draw(-1000, 1000); b = draw(-1000, 1000); }
    printf("%d\n%d\n", a, b);
}
