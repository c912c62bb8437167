// generator N SEED MODE: random: values around the limit; below: every value
// below it; pairs: small values in runs of two; none: nothing below it.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    long long limit = pick(-1000, 1000);
    vector<long long> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "below") v[i] = pick(-1000000000, limit - 1);
        else if (mode == "none") v[i] = pick(limit, 1000000000);
        else if (mode == "pairs") v[i] = (i / 2) % 2 ? pick(limit, limit + 5) : pick(limit - 5, limit - 1);
        else v[i] = pick(limit - 3, limit + 3);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%lld\n", w.str().c_str(), limit);
}
