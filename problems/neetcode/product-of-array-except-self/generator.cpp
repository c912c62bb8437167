// Product of Array Except Self tests: generator N SEED MODE.
// The product of the absolute values of all non-zero elements stays <= 2^31 - 1
// (int-min: exactly 2^31 with a negative sign), so every prefix, suffix and answer
// fits in an int. Values are mostly +-1 with a few factors in [2, 30].
// plain: no zero; one-zero / two-zeros / zero-first / zero-last / many-zeros: zeros
// placed so; all-ones / all-minus-ones; int-min: powers of two whose product is
// -2^31, the rest +1; near-max: |product| = 29^6 * 3 = 1784469963.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    auto sign = [&]() { return draw(0, 1) ? 1 : -1; };
    vector<int> v(n, 1);
    if (mode == "all-ones") {
    } else if (mode == "all-minus-ones") {
        v.assign(n, -1);
    } else if (mode == "int-min") {
        // Powers of two with exponents summing to 31 and an odd number of negatives.
        vector<int> f;
        for (int e = 31; e > 0;) {
            int take = (int)draw(1, min(4, e));
            f.push_back(1 << take);
            e -= take;
        }
        int negatives = 0;
        for (int& x : f) if (draw(0, 1)) x = -x, ++negatives;
        if (negatives % 2 == 0) f[0] = -f[0];
        for (int x : f) {
            int p;
            do p = (int)draw(0, n - 1); while (v[p] != 1);
            v[p] = x;
        }
    } else {
        for (int& x : v) x = sign();
        vector<int> factors;
        if (mode == "near-max") {
            factors = {29, 29, 29, 29, 29, 29, 3};
        } else {
            long long product = 1;
            for (int tries = 0; tries < 200; ++tries) {
                int f = (int)draw(2, 30);
                if (product * f <= 2147483647LL) product *= f, factors.push_back(f);
            }
        }
        for (int f : factors) {
            int p;
            do p = (int)draw(0, n - 1); while (abs(v[p]) != 1);
            v[p] = f * sign();
        }
        int zeros = mode == "one-zero" ? 1 : mode == "two-zeros" ? 2 : mode == "many-zeros" ? 1000 : 0;
        for (int z = 0; z < zeros; ++z) v[draw(0, n - 1)] = 0;
        if (mode == "zero-first") v[0] = 0;
        if (mode == "zero-last") v[n - 1] = 0;
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
