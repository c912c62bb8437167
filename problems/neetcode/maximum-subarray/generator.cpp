// Maximum Subarray tests: generator N SEED MODE.
// random: values in [-10^4, 10^4]; negative: every value in [-10^4, -1]; allmax: every value
// 10^4 (answer 10^9); allmin: every value -10^4; small: values in [-3, 3]; drift: values in
// [-10^4, 10^4] with a slight positive bias, so the best run is long; blocks: two long positive
// runs split by a dip that is just worth crossing, in a sea of negatives; alternating: 10^4 and
// -10^4 in turn, with random noise.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "negative") v[i] = draw(-10000, -1);
        else if (mode == "allmax") v[i] = 10000;
        else if (mode == "allmin") v[i] = -10000;
        else if (mode == "small") v[i] = draw(-3, 3);
        else if (mode == "drift") v[i] = draw(-9900, 10000);
        else if (mode == "alternating") v[i] = i % 2 ? -10000 + draw(0, 50) : 10000 - draw(0, 50);
        else v[i] = draw(-10000, 10000);
    }
    if (mode == "blocks") {
        for (int& x : v) x = draw(-10000, -1);
        int a = n / 5, b = n / 2, len = n / 10;
        long long sa = 0, sb = 0;
        for (int i = a; i < a + len; ++i) sa += (v[i] = draw(1, 100));
        for (int i = b; i < b + len; ++i) sb += (v[i] = draw(1, 100));
        // Between the blocks, a dip of total 1 - min(sa, sb): crossing it beats either block by 1.
        long long need = 1 - min(sa, sb);
        for (int i = a + len; i < b; ++i) {
            long long left = b - i;
            int x = (int)max<long long>(-10000, min<long long>(0, need / left));
            v[i] = x;
            need -= x;
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
