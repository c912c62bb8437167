// generator N SEED MODE: random weights, equal pairs (all cancel), or one
// giant stone among small ones.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) v[i] = mode == "pairs" ? (i % 2 ? v[i - 1] : pick(1, 1000)) : mode == "giant" ? pick(1, 3) : pick(1, 1000);
    if (mode == "giant") v[pick(0, n - 1)] = 1000;
    shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
