// generator N K SEED MODE: random values in [-10^9, 10^9] (negative: all
// negative; extremes: only +-10^9 and +-(10^9 - 1), so sums are large and
// rarely divisible by k).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> v(n);
    for (auto& x : v) {
        if (mode == "negative") x = pick(-1000000000, -1);
        else if (mode == "extremes") x = (pick(0, 1) ? 1 : -1) * (1000000000 - pick(0, 1));
        else x = pick(-1000000000, 1000000000);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), k);
}
