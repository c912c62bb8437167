// Reorder List tests: generator N SEED MODE.
// random: values in [1, 1000]; ascending: 1..1000 repeating in order;
// equal: one value repeated; extremes: only 1 and 1000.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    int same = draw(1, 1000);
    for (int i = 0; i < n; ++i) {
        if (mode == "ascending") v[i] = i % 1000 + 1;
        else if (mode == "equal") v[i] = same;
        else if (mode == "extremes") v[i] = draw(0, 1) ? 1000 : 1;
        else v[i] = draw(1, 1000);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
