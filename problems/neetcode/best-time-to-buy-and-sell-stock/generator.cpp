// Best Time to Buy and Sell Stock tests: generator N SEED MODE prints N prices in [0, 10^4].
// random: uniform; increasing / decreasing: ramps (answer 10^4 / 0); equal: one price;
// late-min: a high plateau first, then the global minimum near the end followed by a small
// rise (max - min is not the answer); extremes: only 0 and 10^4; walk: a random walk.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    int cur = 5000;
    for (int i = 0; i < n; ++i) {
        long long up = n > 1 ? 10000LL * i / (n - 1) : 0;
        if (mode == "increasing") v[i] = up;
        else if (mode == "decreasing") v[i] = 10000 - up;
        else if (mode == "equal") v[i] = 4321;
        else if (mode == "late-min") v[i] = i < n - 100 ? draw(3000, 9000) : draw(0, 50);
        else if (mode == "extremes") v[i] = draw(0, 1) * 10000;
        else if (mode == "walk") v[i] = cur = min(10000, max(0, cur + draw(-3, 3)));
        else v[i] = draw(0, 10000);
    }
    if (mode == "late-min") v[0] = 10000, v[n - 100] = 0;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
