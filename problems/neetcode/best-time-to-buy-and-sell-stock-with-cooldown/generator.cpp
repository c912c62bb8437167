// Stock-with-cooldown tests: generator N SEED MODE.
// random: uniform in [0,1000]; zigzag: alternating low/high with noise, so cooldown decides;
// increasing / decreasing: a staircase from 0 up to 999 (from 1000 down to 1); equal: one value;
// small: values in [0,3]; walk: random walk with steps in [-20,20]; extremes: only 0 and 1000.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> p(n);
    if (mode == "random") for (int& x : p) x = draw(0, 1000);
    else if (mode == "zigzag") for (int i = 0; i < n; ++i) p[i] = i % 2 ? draw(900, 1000) : draw(0, 100);
    else if (mode == "increasing") for (int i = 0; i < n; ++i) p[i] = i / 5;  // non-decreasing, one big run
    else if (mode == "decreasing") for (int i = 0; i < n; ++i) p[i] = 1000 - i / 5;
    else if (mode == "equal") { int v = draw(0, 1000); for (int& x : p) x = v; }
    else if (mode == "small") for (int& x : p) x = draw(0, 3);
    else if (mode == "walk") {
        int v = 500;
        for (int& x : p) { v = min(1000, max(0, v + draw(-20, 20))); x = v; }
    } else if (mode == "extremes") for (int& x : p) x = draw(0, 1) ? 1000 : 0;
    judge_rt::Writer w;
    judge_rt::write(w, p);
    printf("%s\n", w.str().c_str());
}
