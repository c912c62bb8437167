// Reverse Nodes in k-Group tests: generator N SEED K MODE.
// random: values in [0, 1000]; ascending: 0..1000 repeating in order (shows every block clearly);
// extremes: only 0 and 1000; equal: one value repeated.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    int k = atoi(argv[3]);
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    int same = draw(0, 1000);
    for (int i = 0; i < n; ++i) {
        if (mode == "ascending") v[i] = i % 1001;
        else if (mode == "extremes") v[i] = draw(0, 1) ? 1000 : 0;
        else if (mode == "equal") v[i] = same;
        else v[i] = draw(0, 1000);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), k);
}
