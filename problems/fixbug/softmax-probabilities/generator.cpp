// generator N SEED MODE: moderate (in [-10, 10]), large (in [900, 1000]),
// negative (in [-1000, -900]), wide (in [-1000, 1000], a few near the top).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    double lo = -10, hi = 10;
    if (mode == "large") lo = 900, hi = 1000;
    if (mode == "negative") lo = -1000, hi = -900;
    if (mode == "wide") lo = -1000, hi = 1000;
    vector<double> v(n);
    for (auto& x : v) x = round(uniform_real_distribution<double>(lo, hi)(rng) * 1000) / 1000;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
