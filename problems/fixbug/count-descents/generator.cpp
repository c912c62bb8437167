// generator N SEED MODE: random, decreasing (every position a descent), or
// equal (no descents).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<long long> v(n);
    for (int i = 0; i < n; ++i)
        v[i] = mode == "decreasing" ? 1000000000LL - 2LL * i : mode == "equal" ? 42 : uniform_int_distribution<long long>(-1000000000, 1000000000)(rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
