// generator N K SEED MODE: random points, ties (few distinct distances:
// points on a small integer grid), far (coordinates near the limit).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int lim = mode == "ties" ? 3 : 100000;
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> p(n);
    for (auto& pt : p) {
        if (mode == "far") pt = {pick(90000, 100000) * (pick(0, 1) ? 1 : -1), pick(-100000, 100000)};
        else pt = {pick(-lim, lim), pick(-lim, lim)};
    }
    judge_rt::Writer w;
    judge_rt::write(w, p);
    printf("%s\n%d\n", w.str().c_str(), k);
}
