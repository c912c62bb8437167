// Maximum Product Subarray tests: generator N SEED MODE. Every zero-free run keeps the product
// of its absolute values <= 2^31 - 1, so every subarray product fits in an int.
// mixed: +-1 with some zeros and values of magnitude 2..10; nozero: no zeros, a few big values
// spread over the whole array; negative: most values negative; minusone: all -1;
// zeros: every third value zero; bigruns: short zero-separated runs packed with values 2..10.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto chance = [&](double p) { return uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    double pZero = 0.001, pBig = 0.01, pNeg = 0.5;
    if (mode == "nozero") pZero = 0, pBig = 0.0006;
    if (mode == "negative") pNeg = 0.9, pBig = 0.0006;
    if (mode == "minusone") pZero = 0, pBig = 0, pNeg = 1.0;
    if (mode == "zeros") pZero = 0.33, pBig = 0.2;
    if (mode == "bigruns") pZero = 0.08, pBig = 0.6;
    const double limit = log2(2147483647.0) - 1e-9;
    double used = 0;  // log2 of the product of absolute values in the current zero-free run
    vector<int> v(n);
    for (int& x : v) {
        if (chance(pZero)) { x = 0; used = 0; continue; }
        int mag = 1;
        if (chance(pBig)) {
            mag = draw(2, 10);
            if (used + log2((double)mag) > limit) mag = 1;
        }
        used += log2((double)mag);
        x = chance(pNeg) ? -mag : mag;
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
