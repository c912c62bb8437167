// generator N SEED MODE: random (limit around a few elements' worth),
// spikes (small values with rare maximal ones), zeros (zeros and 10^4),
// huge (limit 10^9: every window fits).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> v(n);
    for (auto& x : v) {
        if (mode == "spikes") x = pick(0, 99) == 0 ? 10000 : pick(0, 50);
        else if (mode == "zeros") x = pick(0, 3) == 0 ? 10000 : 0;
        else x = pick(0, 10000);
    }
    long long limit = mode == "huge" ? 1000000000 : mode == "spikes" ? 2000 : mode == "zeros" ? 20000 : 30000;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%lld\n", w.str().c_str(), limit);
}
