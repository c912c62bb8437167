// Non-overlapping Intervals tests: generator N SEED MODE (coordinates in [-5*10^4, 5*10^4]).
// random: random starts and lengths up to 2000; identical: N copies of one interval; nested:
// each interval inside the previous one (one end moved in by 1 each time); units: every [k, k+1], touching only (answer 0);
// chain: [k, k+2] for every k (neighbours overlap); long-early: short disjoint intervals, each
// preceded by a long one starting just before it (keeping the earliest start is wrong); short:
// lengths 1..3; reverse: random intervals sorted by start, descending. Shuffled unless sorted.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int LO = -50000, HI = 50000;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> v;
    bool shuffleIt = true;
    auto randomIv = [&](int maxLen) {
        int s = draw(LO, HI - 1);
        return vector<int>{s, min(HI, s + draw(1, maxLen))};
    };
    if (mode == "random") {
        for (int i = 0; i < n; ++i) v.push_back(randomIv(2000));
    } else if (mode == "identical") {
        vector<int> iv = randomIv(30000);
        v.assign(n, iv);
    } else if (mode == "nested") {
        // starts never decrease and ends never increase: each lies inside all earlier ones
        for (int i = 0; i < n; ++i) v.push_back({LO + i / 2, HI - (i + 1) / 2});
    } else if (mode == "units") {
        for (int i = 0; i < n; ++i) v.push_back({LO + i % (HI - LO), LO + i % (HI - LO) + 1});
    } else if (mode == "chain") {
        for (int i = 0; i < n; ++i) {
            int s = LO + i % (HI - LO - 1);
            v.push_back({s, s + 2});
        }
    } else if (mode == "long-early") {
        // short [x, x+1] at x = LO+2, LO+4, ...; a long [x-1, x+30] next to each
        for (int i = 0; (int)v.size() + 2 <= n; ++i) {
            int x = LO + 2 + 2 * (i % 49900);
            v.push_back({x, x + 1});
            v.push_back({x - 1, min(HI, x + 30)});
        }
        while ((int)v.size() < n) v.push_back(randomIv(5));
    } else if (mode == "short") {
        for (int i = 0; i < n; ++i) v.push_back(randomIv(3));
    } else {  // reverse
        for (int i = 0; i < n; ++i) v.push_back(randomIv(500));
        sort(v.rbegin(), v.rend());
        shuffleIt = false;
    }
    if (shuffleIt) shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
