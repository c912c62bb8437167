// generator N SEED MODE: random (values from a pool of N/10), few (5 values),
// distinct (all different: order by value), pairs (every value twice).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> v;
    if (mode == "distinct") {
        set<long long> seen;
        while ((int)v.size() < n) { long long x = pick(-1000000000, 1000000000); if (seen.insert(x).second) v.push_back(x); }
    } else if (mode == "pairs") {
        for (int i = 0; i < n / 2; ++i) { long long x = pick(-1000000000, 1000000000); v.push_back(x); v.push_back(x); }
        shuffle(v.begin(), v.end(), rng);
    } else {
        int pool = mode == "few" ? 5 : n / 10;
        vector<long long> values(pool);
        for (auto& x : values) x = pick(-1000000000, 1000000000);
        for (int i = 0; i < n; ++i) v.push_back(values[min<long long>(pool - 1, (long long)sqrt((double)pick(0, (long long)pool * pool - 1)))]);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
